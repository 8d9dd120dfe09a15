package org.imroc.tracker.common.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.imroc.tracker.common.idempotency.IdempotencyService;

/** What a create needs from the request besides its body ({@code @BeanParam CreateParams create}). */
public class CreateParams {

    @HeaderParam(IdempotencyService.HEADER)
    @Parameter(
            description = "Makes a retry safe: the same key and body replay the first response (kept 24 hours "
                    + "or more); the same key with another body → 422; while the first is in flight → 409",
            example = "6f1c2a0e-first-try",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
    String idempotencyKey;

    @Context
    UriInfo uri;

    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The request path, part of an Idempotency-Key's fingerprint. */
    public String path() {
        return uri.getPath();
    }
}
