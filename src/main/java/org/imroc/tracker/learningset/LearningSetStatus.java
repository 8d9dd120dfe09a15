package org.imroc.tracker.learningset;

/** PLANNED (members being gathered), ACTIVE (meeting and reporting), CLOSED (kept for the record; reports are due no more). */
public enum LearningSetStatus {
    PLANNED,
    ACTIVE,
    CLOSED
}
