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
 * Security headers on every response: no MIME sniffing, no framing, no referrer; API responses are never cached
 * and may load nothing. HSTS is sent only when configured (tracker.http.hsts-max-age), i.e. behind TLS.
 */
@ApplicationScoped
public class SecurityHeaders {

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
        if (rc.request().path().startsWith("/api/")) {
            response.putHeader("Cache-Control", "no-store");
            response.putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        } else {
            response.putHeader("Content-Security-Policy", "frame-ancestors 'none'");
        }
        hstsMaxAge.ifPresent(age -> response.putHeader("Strict-Transport-Security",
                "max-age=" + age.toSeconds() + "; includeSubDomains"));
        rc.next();
    }
}
