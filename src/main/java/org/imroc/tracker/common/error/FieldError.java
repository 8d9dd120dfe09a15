package org.imroc.tracker.common.error;

import jakarta.validation.constraints.Size;

/** One invalid field of a request: the JSON path of the field and what is wrong with it. */
public record FieldError(
        @Size(max = 200) String field, @Size(max = 500) String message) {}
