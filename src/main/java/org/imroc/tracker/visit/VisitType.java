package org.imroc.tracker.visit;

/**
 * The kind of site visit: INITIAL (first contact), BASELINE (the baseline assessment), SUPPORT (on-site technical
 * support), REVIEW (reviewing progress), LEARNING_SET (an Action Learning Set / Community of Practice session).
 */
public enum VisitType {
    INITIAL,
    BASELINE,
    SUPPORT,
    REVIEW,
    LEARNING_SET
}
