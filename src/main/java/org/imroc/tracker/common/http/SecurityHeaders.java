package org.imroc.tracker.common.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.imroc.tracker.common.config.TrackerConfig;

/**
 * Security headers on every response: no MIME sniffing, no framing, no referrer; API responses are not stored unless they say otherwise
 * and may load nothing. HSTS is sent only when configured (tracker.http.hsts-max-age), i.e. behind TLS.
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final String CSP = "Content-Security-Policy";
    private static final String CACHE_CONTROL = "Cache-Control";

    private final Optional<Duration> hstsMaxAge;

    public SecurityHeaders(TrackerConfig config) {
        this.hstsMaxAge = config.http().hstsMaxAge();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::add);
    }

    private void add(RoutingContext rc) {
        HttpServerResponse response = rc.response();
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("X-Frame-Options", "DENY");
        response.putHeader("Referrer-Policy", "no-referrer");
        String policy = rc.request().path().startsWith("/api/")
                ? "default-src 'none'; frame-ancestors 'none'"
                : "frame-ancestors 'none'";
        boolean api = rc.request().path().startsWith("/api/");
        // A response may bring its own, stricter-but-different policy (the HTML report allows its one stylesheet);
        // two policies would both apply, so the default is added only where there is none. Likewise an API
        // response is not stored unless it says how it may be (reference data a client revalidates).
        rc.addHeadersEndHandler(end -> {
            if (!response.headers().contains(CSP)) {
                response.putHeader(CSP, policy);
            }
            if (api && !response.headers().contains(CACHE_CONTROL)) {
                response.putHeader(CACHE_CONTROL, "no-store");
            }
        });
        hstsMaxAge.ifPresent(age ->
                response.putHeader("Strict-Transport-Security", "max-age=" + age.toSeconds() + "; includeSubDomains"));
        rc.next();
    }
}
