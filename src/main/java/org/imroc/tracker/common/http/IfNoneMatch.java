package org.imroc.tracker.common.http;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The If-None-Match header of a conditional GET ({@code @BeanParam IfNoneMatch ifNoneMatch}). */
public class IfNoneMatch {

    @HeaderParam("If-None-Match")
    @Parameter(
            description = "An ETag you hold; if it is still current the answer is 304 with no body",
            example = "\"3\"",
            schema = @Schema(type = SchemaType.STRING, maxLength = 1000))
    String value;

    public String value() {
        return value;
    }
}
