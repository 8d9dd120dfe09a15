package org.imroc.tracker.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.imroc.tracker.common.error.ProblemType;
import org.imroc.tracker.common.error.Problems;

/**
 * Refuses a request whose declared Content-Length exceeds quarkus.http.limits.max-body-size with a 413 problem,
 * before any of the body is read. (A chunked body without a length is cut off by the HTTP server at the same
 * limit, with a bare 413.)
 */
@ApplicationScoped
public class BodySizeLimit {

    private final Problems problems;
    private final long maxBytes;

    public BodySizeLimit(Problems problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.problems = problems;
        this.maxBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(problems.json(ProblemType.PAYLOAD_TOO_LARGE,
                            "The request body is larger than " + maxBytes + " bytes.", null, rc.request().path()));
            return;
        }
        rc.next();
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
