package org.imroc.tracker.visit;

import jakarta.validation.constraints.NotNull;

/** A visit's move to another status: it took place (COMPLETED), was called off (CANCELLED), or is booked again. */
public record VisitTransitionRequest(@NotNull VisitStatus to) {}
