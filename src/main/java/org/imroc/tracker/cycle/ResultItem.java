package org.imroc.tracker.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One result of a review, as sent and shown. */
public record ResultItem(
        @NotBlank @Size(max = 1000) String question,
        @Size(max = 4000) String outcome,
        @Size(max = 4000) String learning) {}
