package org.imroc.tracker.learningset;

/**
 * A monthly report's life: the Trust writes a DRAFT, SUBMITTED it when the month's figures are in, and a facilitator
 * REVIEWED it with feedback and the faculty's score. DUE is not stored: it names a reporting period that has ended
 * with no submitted report, as {@code GET …/reports?status=DUE} lists them.
 */
public enum ReportStatus {
    DUE,
    DRAFT,
    SUBMITTED,
    REVIEWED
}
