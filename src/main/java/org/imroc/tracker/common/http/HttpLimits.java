package org.imroc.tracker.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.common.error.ProblemType;
import org.imroc.tracker.common.error.Problems;

/**
 * The size limits of a request, answered as problems before anything reads the request: a URL longer than
 * tracker.http.max-url-length → 414, headers larger than tracker.http.max-header-bytes → 431, a body larger than
 * quarkus.http.limits.max-body-size → 413 (by its Content-Length, or, for a chunked body, once that much has arrived).
 * The HTTP codec's own limits are set higher (application.properties), so these answers are the ones clients see.
 */
@ApplicationScoped
public class HttpLimits {

    private final Problems problems;
    private final long maxBodyBytes;
    private final int maxUrlLength;
    private final int maxHeaderBytes;
    private final BodyHandler chunkedBodies;

    public HttpLimits(
            Problems problems,
            TrackerConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.problems = problems;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxUrlLength = config.http().maxUrlLength();
        this.maxHeaderBytes = config.http().maxHeaderBytes();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::checkSizes);
        router.route()
                .order(Integer.MIN_VALUE + 3)
                .handler(this::readChunkedBody)
                .failureHandler(this::tooLarge);
    }

    private void checkSizes(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.uri().length() > maxUrlLength) {
            refuse(rc, ProblemType.URI_TOO_LONG, "The URL is longer than " + maxUrlLength + " characters.");
            return;
        }
        if (request.uri().toLowerCase(Locale.ROOT).contains("%00")) {
            refuse(
                    rc,
                    ProblemType.BAD_REQUEST,
                    "The URL contains an encoded NUL character (%00), which no field accepts.");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(
                    rc,
                    ProblemType.HEADERS_TOO_LARGE,
                    "The request headers are larger than " + maxHeaderBytes + " bytes.");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredTooLarge(length)) {
            refuse(rc, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBodyBytes + " bytes.");
            return;
        }
        rc.next();
    }

    /** A body sent without a length is buffered up to the limit, so going over it can be answered as a problem. */
    private void readChunkedBody(RoutingContext rc) {
        if (rc.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && rc.request().getHeader("Transfer-Encoding") != null) {
            chunkedBodies.handle(rc);
        } else {
            rc.next();
        }
    }

    private void tooLarge(RoutingContext rc) {
        if (rc.statusCode() == 413) {
            refuse(rc, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBodyBytes + " bytes.");
        } else {
            rc.next();
        }
    }

    private void refuse(RoutingContext rc, ProblemType type, String detail) {
        if (rc.response().headWritten()) {
            rc.response().close();
            return;
        }
        rc.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(problems.json(type, detail, null, rc.request().path()));
    }

    private boolean declaredTooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
