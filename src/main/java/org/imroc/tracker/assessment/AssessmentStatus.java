package org.imroc.tracker.assessment;

/** DRAFT: being written. AGREED: signed off and read-only; a correction is a new assessment. */
public enum AssessmentStatus {
    DRAFT,
    AGREED
}
