package org.imroc.tracker.learningset.monthly;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

/**
 * The editable form of a DRAFT report. Its measure values are observations of the Trust's measures: correct one
 * with {@code PATCH /api/v1/measures/{id}/observations/{period}}.
 */
public record ReportUpdate(
        @Valid ReportNarrative narrative,

        @DecimalMin("1.0") @DecimalMax("5.0") @Digits(integer = 1, fraction = 1)
        BigDecimal selfScore) {

    public ReportUpdate {
        narrative = narrative == null ? ReportNarrative.EMPTY : narrative;
    }

    static ReportUpdate from(MonthlyReport r) {
        return new ReportUpdate(
                new ReportNarrative(r.getTried(), r.getLearned(), r.getBarriers(), r.getHelpWanted()),
                r.getSelfScore());
    }
}
