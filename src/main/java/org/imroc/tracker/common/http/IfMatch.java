package org.imroc.tracker.common.http;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The If-Match header every change to an existing resource requires ({@code @BeanParam IfMatch ifMatch}). */
public class IfMatch {

    @HeaderParam("If-Match")
    @Parameter(
            required = true,
            description = "The ETag of the version you are changing, from your last read or write; "
                    + "missing → 428, stale → 412",
            example = "\"3\"",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    String value;

    public String value() {
        return value;
    }
}
