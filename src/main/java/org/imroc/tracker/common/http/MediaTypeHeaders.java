package org.imroc.tracker.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Content-Type and Accept are read before a resource is chosen, so one that cannot be parsed would fail the choice
 * itself: it is answered here instead. A body whose Content-Type is empty or unparseable is 415, like any type the
 * operation does not take; an Accept that cannot be parsed is 400 (an empty one means "anything").
 */
public class MediaTypeHeaders {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !parses(contentType)) {
            throw new ApiException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type header '" + printable(contentType)
                            + "' is not a media type; send the body as application/json.");
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isBlank() && !acceptParses(accept)) {
            throw ApiException.badRequest("The Accept header cannot be parsed; leave it out, or name media types "
                    + "such as application/json.");
        }
    }

    private static boolean parses(String value) {
        if (value.isBlank()) {
            return false;
        }
        try {
            MediaType.valueOf(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean acceptParses(String value) {
        for (String part : value.split(",")) {
            if (!part.isBlank() && !parses(part.trim())) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String value) {
        String clipped = value.length() > 100 ? value.substring(0, 100) + "…" : value;
        return clipped.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
