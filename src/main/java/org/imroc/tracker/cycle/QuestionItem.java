package org.imroc.tracker.cycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A plan question and the team's prediction, as sent and shown. */
public record QuestionItem(
        @NotBlank @Size(max = 1000) String question,
        @Size(max = 2000) String prediction) {}
