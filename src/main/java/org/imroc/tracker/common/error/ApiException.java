package org.imroc.tracker.common.error;

import java.util.List;

/**
 * A failure the client can act on. Services throw it; {@link ProblemMappers} turns it into a problem
 * response with the matching status.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Long retryAfterSeconds;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, null);
    }

    private ApiException(ProblemType type, String detail, List<FieldError> errors, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiException(ProblemType.TOO_MANY_REQUESTS, detail, List.of(), retryAfterSeconds);
    }

    /** 503: the request lost to concurrent ones and may simply be sent again after {@code retryAfterSeconds}. */
    public static ApiException unavailable(String detail, long retryAfterSeconds) {
        return new ApiException(ProblemType.SERVICE_UNAVAILABLE, detail, List.of(), retryAfterSeconds);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(ProblemType.BAD_REQUEST, detail);
    }

    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(
                ProblemType.BAD_REQUEST,
                "Invalid query parameter '" + parameter + "'.",
                List.of(new FieldError(parameter, message)));
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " does not exist.");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(
                ProblemType.VALIDATION_FAILED, "The request is not valid.", List.of(new FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** For 429 and 503: how long the client should wait; null otherwise. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
