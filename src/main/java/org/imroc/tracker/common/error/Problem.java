package org.imroc.tracker.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, the only shape an error response ever has. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Stable URI naming the kind of problem", examples = "urn:imroc-tracker:problem:not-found")
        String type,
        @Schema(description = "Short summary of the kind of problem") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "The X-Request-Id of the request, for support") String requestId,
        @Schema(description = "Invalid fields, for validation problems: at most the first " + Problem.MAX_ERRORS)
        List<FieldError> errors,
        @Schema(description = "How many invalid fields there were in all, when errors are listed") Integer errorCount) {

    /** The most field errors one problem lists; errorCount says how many there were. */
    public static final int MAX_ERRORS = 20;
}
