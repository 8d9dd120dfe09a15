package org.imroc.tracker.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** The success responses of versioned resources, each with its ETag. */
public final class Responses {

    private Responses() {}

    /** 200 with the body and its ETag. */
    public static <T extends Identified> RestResponse<T> ok(T body) {
        return ok(body, body.version());
    }

    /** 200 with the body and its ETag, or 304 when If-None-Match names that version. */
    public static <T extends Identified> RestResponse<T> okUnlessNotModified(T body, IfNoneMatch ifNoneMatch) {
        return okUnlessNotModified(body, body.version(), ifNoneMatch.value());
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body)
                .header(HttpHeaders.ETAG, Preconditions.etag(version))
                .build();
    }

    /** 200 with the body, or 304 when the client already holds this version. */
    public static <T> RestResponse<T> okUnlessNotModified(T body, long version, String ifNoneMatch) {
        if (Preconditions.notModified(ifNoneMatch, version)) {
            return RestResponse.ResponseBuilder.<T>notModified()
                    .header(HttpHeaders.ETAG, Preconditions.etag(version))
                    .build();
        }
        return ok(body, version);
    }

    public static <T> RestResponse<T> created(URI location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.CREATED, body)
                .location(location)
                .header(HttpHeaders.ETAG, Preconditions.etag(version))
                .build();
    }

    /**
     * As {@link #tagged(Tagged, String)}, for reference data a client may keep and use again once it has checked
     * that it is still current ({@code Cache-Control: private, no-cache}, instead of the API's usual no-store).
     */
    public static Response revalidated(Tagged<?> tagged, String ifNoneMatch) {
        return Response.fromResponse(tagged(tagged, ifNoneMatch))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    /** 200 with a computed representation and its content ETag, or 304 when the client already holds it. */
    public static Response tagged(Tagged<?> tagged, String ifNoneMatch) {
        return tagged(tagged, ifNoneMatch, MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * As {@link #tagged(Tagged, String)} in the given media type. The response varies by Accept, since the same
     * URL also answers other representations (each with its own ETag).
     */
    public static Response tagged(Tagged<?> tagged, String ifNoneMatch, MediaType type) {
        if (Preconditions.notModified(ifNoneMatch, tagged.etag())) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, tagged.etag())
                    .header(HttpHeaders.VARY, "Accept")
                    .build();
        }
        return Response.ok(tagged.body(), type)
                .header(HttpHeaders.ETAG, tagged.etag())
                .header(HttpHeaders.VARY, "Accept")
                .build();
    }
}
