package org.imroc.tracker.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.FieldError;

/**
 * Validates a request body where the service decides when: after the caller has been found allowed and the
 * resource in scope, so a caller who may not act on a resource gets its 403 or 404 without the body being examined.
 * Problems are reported exactly as for {@code @Valid} (422 naming each field).
 */
@ApplicationScoped
public class RequestValidation {

    private final Validator validator;

    public RequestValidation(Validator validator) {
        this.validator = validator;
    }

    public <T> T require(T request) {
        if (request == null) {
            throw ApiException.badRequest("A request body is required.");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /**
     * The problems of a request read from somewhere other than a JSON body (a CSV row), each named {@code prefix}
     * followed by the property, in property order; none when it is valid.
     */
    public <T> List<FieldError> problems(T request, String prefix) {
        return validator.validate(request).stream()
                .map(v -> new FieldError(prefix + v.getPropertyPath(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }
}
