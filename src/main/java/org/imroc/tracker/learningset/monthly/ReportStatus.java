package org.imroc.tracker.learningset.monthly;

/**
 * Where a month's report stands, as a client reads and filters it: the stored report's {@link ReportStage}, or DUE,
 * which is never stored: it names a reporting period that has ended with no submitted report, as
 * {@code GET …/reports?status=DUE} lists them.
 */
public enum ReportStatus {
    DUE,
    DRAFT,
    SUBMITTED,
    REVIEWED;

    static ReportStatus of(ReportStage stage) {
        return valueOf(stage.name());
    }

    /** The stored stage this status filters on; none for DUE. */
    ReportStage stage() {
        return this == DUE ? null : ReportStage.valueOf(name());
    }
}
