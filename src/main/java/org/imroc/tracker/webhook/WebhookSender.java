package org.imroc.tracker.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.common.net.TargetPolicy;

/**
 * Sends one signed message with Vert.x's HTTP client (the one Quarkus runs on). It connects to the address the
 * {@link TargetPolicy} checked, with the URL's host as Host and TLS server name, follows no redirect, reads at most
 * {@value #EXCERPT_BYTES} bytes of the answer, and gives up after the configured timeout. A failure is logged in the
 * tracker's own words ({@link DeliveryFailure}).
 */
@ApplicationScoped
public class WebhookSender {

    /** The most of a receiver's answer that is read (and the start of it kept in the delivery log). */
    static final int EXCERPT_BYTES = 1024;

    /** How the receiver answered: its status (null when none), Retry-After, a short excerpt, or the error. */
    public record Result(Integer status, Duration retryAfter, String excerpt, String error, long durationMs) {

        boolean succeeded() {
            return status != null && isSuccess(status);
        }
    }

    private final Duration timeout;
    private final HttpClient client;
    private final TargetPolicy policy;

    public WebhookSender(Vertx vertx, TrackerConfig config) {
        this.timeout = config.webhooks().timeout();
        this.policy = new TargetPolicy(
                config.webhooks().allowInsecureHttp(),
                config.webhooks().allowedTargets().orElse(List.of()));
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setIdleTimeout((int) timeout.toSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS)
                .setMaxPoolSize(8)
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setTrustAll(false)
                .setUseAlpn(false));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Whether the installation lets webhooks go to this URL (resolving it now); refused with the reason. */
    void requireAllowed(String url) throws TargetPolicy.Refused {
        policy.check(url);
    }

    /**
     * Checks the target again (the address it resolves to now) and sends the message there; a refused target is a
     * failed attempt like any other.
     */
    Result send(String url, Message message, List<String> secrets) {
        try {
            return send(policy.check(url), message, secrets);
        } catch (TargetPolicy.Refused e) {
            return new Result(null, null, null, DeliveryFailure.refused(e), 0);
        }
    }

    private Result send(TargetPolicy.Target target, Message message, List<String> secrets) {
        long started = System.nanoTime();
        long timestamp = Instant.now().getEpochSecond();
        RequestOptions options = target.request(HttpMethod.POST, timeout.toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "imroc-tracker-webhooks/1")
                .putHeader("webhook-id", message.id())
                .putHeader("webhook-timestamp", String.valueOf(timestamp))
                .putHeader("webhook-signature", Signatures.header(secrets, message.id(), timestamp, message.body()));
        CompletableFuture<Result> answer = new CompletableFuture<>();
        client.request(options)
                .onFailure(answer::completeExceptionally)
                .onSuccess(request -> request.send(Buffer.buffer(message.body(), StandardCharsets.UTF_8.name()))
                        .onFailure(answer::completeExceptionally)
                        .onSuccess(response -> {
                            Buffer excerpt = Buffer.buffer();
                            response.handler(chunk -> {
                                int room = EXCERPT_BYTES - excerpt.length();
                                if (room > 0) {
                                    excerpt.appendBuffer(chunk.length() <= room ? chunk : chunk.getBuffer(0, room));
                                }
                            });
                            response.exceptionHandler(answer::completeExceptionally);
                            response.endHandler(done -> answer.complete(new Result(
                                    response.statusCode(),
                                    retryAfter(response.getHeader("retry-after")),
                                    text(excerpt),
                                    isSuccess(response.statusCode())
                                            ? null
                                            : DeliveryFailure.answered(response.statusCode()),
                                    millis(started))));
                        }));
        try {
            return answer.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return failed(e, started);
        } catch (ExecutionException e) {
            return failed(e, started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, null, null, "interrupted", millis(started));
        }
    }

    private Result failed(Throwable failure, long started) {
        return new Result(null, null, null, DeliveryFailure.describe(failure, timeout), millis(started));
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String text(Buffer excerpt) {
        return excerpt.length() == 0 ? null : excerpt.toString(StandardCharsets.UTF_8);
    }

    /** Retry-After as seconds or an HTTP date (RFC 9110), null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            try {
                Instant at = java.time.ZonedDateTime.parse(
                                value.trim(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (java.time.format.DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
