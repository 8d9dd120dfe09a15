package org.imroc.tracker.visit;

/** Whether a visit is in the diary, has taken place, or was called off. */
public enum VisitStatus {
    PLANNED,
    COMPLETED,
    CANCELLED
}
