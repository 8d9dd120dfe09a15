package org.imroc.tracker.learningset;

import jakarta.validation.constraints.NotNull;

/** A set's move to another status: it starts meeting (ACTIVE), is closed for the record, or starts again. */
public record LearningSetTransitionRequest(@NotNull LearningSetStatus to) {}
