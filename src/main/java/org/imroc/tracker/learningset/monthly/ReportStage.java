package org.imroc.tracker.learningset.monthly;

/**
 * The stage a stored monthly report is at: the Trust writes a DRAFT, SUBMITS it when the month's figures are in, and a
 * facilitator's review makes it REVIEWED. What a client reads is {@link ReportStatus}, which adds DUE for a month
 * with no report.
 */
public enum ReportStage {
    DRAFT,
    SUBMITTED,
    REVIEWED
}
