package org.imroc.tracker.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** The success responses of versioned resources, each with its ETag. */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, Preconditions.etag(version)).build();
    }

    /** 200 with the body, or 304 when the client already holds this version. */
    public static <T> RestResponse<T> okUnlessNotModified(T body, long version, String ifNoneMatch) {
        if (Preconditions.notModified(ifNoneMatch, version)) {
            return RestResponse.ResponseBuilder.<T>notModified()
                    .header(HttpHeaders.ETAG, Preconditions.etag(version)).build();
        }
        return ok(body, version);
    }

    public static <T> RestResponse<T> created(URI location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.CREATED, body)
                .location(location)
                .header(HttpHeaders.ETAG, Preconditions.etag(version)).build();
    }
}
