package org.imroc.tracker.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, the only shape an error response ever has. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(
                description = "Stable URI naming the kind of problem",
                examples = "urn:imroc-tracker:problem:not-found",
                maxLength = 100,
                format = "uri",
                pattern = "^urn:imroc-tracker:problem:[a-z-]+$")
        String type,

        @Schema(description = "Short summary of the kind of problem", maxLength = 100)
        String title,

        @Schema(description = "HTTP status code", minimum = "400", maximum = "599", required = true)
        int status,

        @Schema(description = "What went wrong with this request", maxLength = 2000)
        String detail,

        @Schema(description = "The request path", maxLength = 4096)
        String instance,

        @Schema(description = "The X-Request-Id of the request, for support", maxLength = 128)
        String requestId,

        @Schema(
                description = "Invalid fields, for validation problems: at most the first " + Problem.MAX_ERRORS,
                maxItems = Problem.MAX_ERRORS)
        List<FieldError> errors,

        @Schema(
                description = "How many invalid fields there were in all, when errors are listed",
                minimum = "1",
                maximum = "100000")
        Integer errorCount) {

    /** The most field errors one problem lists; errorCount says how many there were. */
    public static final int MAX_ERRORS = 20;
}
