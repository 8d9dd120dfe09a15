package org.imroc.tracker.assessment;

/** BASELINE: the starting point progress is measured from (one agreed per Trust). REVIEW: a later assessment. */
public enum AssessmentContext {
    BASELINE,
    REVIEW
}
