package org.imroc.tracker.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.common.net.TargetPolicy;

/**
 * Reads an issuer's OpenID Connect discovery document (OpenID Connect Discovery 1.0, section 4) under the same
 * address rules as webhooks ({@link TargetPolicy}, with tracker.identity.allowed-targets): only https (http where
 * the installation allows it), never a loopback, private or special-purpose address unless allowed, connecting to
 * the address checked, following no redirect, reading at most 256 KB. The document must name the same issuer
 * (section 4.3) and a {@code jwks_uri} that passes the same rules; that address is where the keys are read.
 */
@ApplicationScoped
public class Discovery {

    static final String WELL_KNOWN = "/.well-known/openid-configuration";
    private static final int MAX_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why a discovery document was not accepted: said to the administrator as a 422 on {@code issuer}. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final TargetPolicy policy;
    private final Duration timeout;
    private final HttpClient client;

    public Discovery(Vertx vertx, TrackerConfig config) {
        this.policy = new TargetPolicy(
                config.identity().allowInsecureHttp(),
                config.identity().allowedTargets().orElse(List.of()),
                "tracker.identity.allowed-targets");
        this.timeout = config.identity().timeout();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setIdleTimeout((int) timeout.toSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS)
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setTrustAll(false)
                .setUseAlpn(false));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The issuer's keys' address, from its discovery document; refused with the reason. */
    public String jwksUri(String issuer) throws Refused {
        TargetPolicy.Target target = allowed("the issuer", issuer);
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        TargetPolicy.Target document = allowed("the discovery document", base + WELL_KNOWN);
        JsonNode body = read(document);
        String named = body.path("issuer").asText(null);
        if (!issuer.equals(named)) {
            throw new Refused("the discovery document at " + target.host() + " names another issuer ("
                    + (named == null ? "none" : "'" + abbreviated(named) + "'")
                    + "); the issuer must match it exactly");
        }
        String jwksUri = body.path("jwks_uri").asText(null);
        if (jwksUri == null || jwksUri.isBlank()) {
            throw new Refused("the discovery document names no jwks_uri");
        }
        allowed("its jwks_uri", jwksUri);
        return jwksUri;
    }

    /** Whether the keys' address may still be read (checked again, on what it resolves to now). */
    public boolean mayRead(String jwksUri) {
        try {
            policy.check(jwksUri);
            return true;
        } catch (TargetPolicy.Refused e) {
            return false;
        }
    }

    private TargetPolicy.Target allowed(String what, String url) throws Refused {
        try {
            return policy.check(url);
        } catch (TargetPolicy.Refused e) {
            throw new Refused(what + " " + e.getMessage());
        }
    }

    private JsonNode read(TargetPolicy.Target target) throws Refused {
        RequestOptions options = target.request(HttpMethod.GET, timeout.toMillis())
                .putHeader("accept", "application/json")
                .putHeader("user-agent", "imroc-tracker-identity/1");
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        client.request(options)
                .onFailure(answer::completeExceptionally)
                .onSuccess(request -> request.send()
                        .onFailure(answer::completeExceptionally)
                        .onSuccess(response -> {
                            Buffer body = Buffer.buffer();
                            response.handler(chunk -> {
                                if (body.length() + chunk.length() > MAX_BYTES) {
                                    answer.complete(new Answer(response.statusCode(), null));
                                    response.request().reset();
                                } else {
                                    body.appendBuffer(chunk);
                                }
                            });
                            response.exceptionHandler(answer::completeExceptionally);
                            response.endHandler(done -> answer.complete(new Answer(response.statusCode(), body)));
                        }));
        Answer got;
        try {
            got = answer.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new Refused("the discovery document at " + target.host() + " did not arrive within "
                    + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new Refused("the discovery document at " + target.host() + " could not be read ("
                    + e.getCause().getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("the discovery document could not be read (interrupted)");
        }
        if (got.status() != 200) {
            throw new Refused("the discovery document at " + target.host() + " answered " + got.status() + ", not 200");
        }
        if (got.body() == null) {
            throw new Refused("the discovery document at " + target.host() + " is larger than 256 KB");
        }
        try {
            JsonNode body = JSON.readTree(got.body().getBytes());
            if (body == null || !body.isObject()) {
                throw new Refused("the discovery document at " + target.host() + " is not a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw new Refused("the discovery document at " + target.host() + " is not JSON");
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private record Answer(int status, Buffer body) {}
}
