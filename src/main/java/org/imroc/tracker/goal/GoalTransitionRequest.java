package org.imroc.tracker.goal;

import jakarta.validation.constraints.NotNull;

/** A goal's move to another status: reached (ACHIEVED), given up (DROPPED), or taken up again (ACTIVE). */
public record GoalTransitionRequest(@NotNull GoalStatus to) {}
