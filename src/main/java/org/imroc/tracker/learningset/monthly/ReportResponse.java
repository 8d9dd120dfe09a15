package org.imroc.tracker.learningset.monthly;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;
import org.imroc.tracker.measure.SharedMeasures;

/**
 * A monthly report. In a {@code status=DUE} list an item with status DUE names a month that has ended with no
 * submitted report; its {@code id} is the DRAFT's when one has been started, and absent otherwise.
 */
public record ReportResponse(
        @Schema(required = true) UUID id,
        UUID learningSetId,
        @Schema(required = true) UUID trustId,

        @Schema(description = "The Trust's name", maxLength = 200)
        String label,

        @Schema(description = "The month, YYYY-MM", maxLength = 7)
        String period,

        ReportStatus status,

        @Schema(description = "The first day after the month: the report is due from then")
        LocalDate dueOn,

        ReportNarrative narrative,
        BigDecimal selfScore,
        BigDecimal facultyScore,

        @Schema(description = "The facilitator's feedback", maxLength = 4000)
        String feedback,

        Instant submittedAt,
        Instant reviewedAt,
        UUID reviewedBy,

        @Schema(
                description = "The month's figures of the set's shared measures, as recorded in the Trust's measures",
                maxItems = 20)
        List<MeasureValue> measureValues,

        @Schema(required = true, description = "The ETag's version; 0 for a DUE month with no draft")
        long version,

        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    /** One shared measure's figure for the month. */
    @Schema(name = "ReportMeasureValue")
    public record MeasureValue(
            @Schema(maxLength = 50) String templateCode,
            UUID measureId,
            @Schema(maxLength = 8) String period,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator) {}

    /**
     * A month still to be reported by a member: status DUE, nothing written; {@code draft} is the report started for
     * it, if any (its id and version), which is not yet submitted.
     */
    static ReportResponse due(UUID setId, UUID trustId, String label, String period, MonthlyReport draft) {
        return new ReportResponse(
                draft == null ? null : draft.getId(),
                setId,
                trustId,
                label,
                period,
                ReportStatus.DUE,
                MonthlyReportService.dueOn(period),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                draft == null ? 0 : draft.getVersion(),
                null,
                null);
    }

    static ReportResponse from(MonthlyReport r, String label, List<SharedMeasures.Recorded> recorded) {
        return new ReportResponse(
                r.getId(),
                r.getLearningSetId(),
                r.getTrustId(),
                label,
                r.getPeriod(),
                ReportStatus.of(r.getStatus()),
                MonthlyReportService.dueOn(r.getPeriod()),
                ReportUpdate.from(r).narrative(),
                r.getSelfScore(),
                r.getFacultyScore(),
                r.getFeedback(),
                r.getSubmittedAt(),
                r.getReviewedAt(),
                r.getReviewedBy(),
                recorded.stream()
                        .filter(v -> v.trustId().equals(r.getTrustId()))
                        .map(v -> new MeasureValue(
                                v.templateCode(), v.measureId(), v.period(), v.value(), v.numerator(), v.denominator()))
                        .toList(),
                r.getVersion(),
                r.getCreatedAt(),
                r.getUpdatedAt());
    }
}
