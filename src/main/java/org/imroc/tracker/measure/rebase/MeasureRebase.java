package org.imroc.tracker.measure.rebase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.Period;

/**
 * A rebase: the limits of a measure's chart recalculated from a period on, because the process changed there (Making
 * Data Count: only then, and say why). It keeps its reason and, when a PDSA cycle's adopted change is why, the cycle.
 * Recorded once; removed, never edited. It belongs to the Trust as a whole, not to one of its units.
 */
@Entity
@Table(name = "measure_rebases")
public class MeasureRebase extends TrustOwnedEntity {

    /** The longest reason kept. */
    public static final int MAX_REASON = 500;

    /** The most rebases a measure keeps (one per period; far more than any series needs). */
    public static final int MAX_PER_MEASURE = 100;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private UUID measureId;

    @Column(nullable = false, updatable = false, length = 8)
    private String period;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "cycle_id", updatable = false)
    private UUID cycleId;

    @Column(nullable = false, updatable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    private String createdBy;

    protected MeasureRebase() {}

    /**
     * A rebase of {@code measure} at {@code period} (one of the measure's frequency), for {@code reason} (trimmed;
     * 1–500 characters), which the series' first period {@code firstPeriod} (null: nothing recorded yet) must
     * precede: the first period always starts the limits, so a rebase there would change nothing (422).
     */
    public MeasureRebase(
            Measure measure, Period period, Period firstPeriod, UUID cycleId, String reason, String createdBy) {
        super(measure.getTrustId());
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON) {
            throw ApiException.invalid("reason", "must say why the limits are recalculated (1–500 characters)");
        }
        if (firstPeriod == null) {
            throw ApiException.invalid(
                    "period", "the measure has no observations yet: its first period will start the limits");
        }
        if (!period.start().isAfter(firstPeriod.start())) {
            throw ApiException.invalid(
                    "period",
                    "must be after the series' first period (" + firstPeriod.label()
                            + "), which already starts the limits");
        }
        this.measureId = measure.getId();
        this.period = period.label();
        this.periodStart = period.start();
        this.cycleId = cycleId;
        this.reason = trimmed;
        this.createdBy = createdBy;
    }

    public UUID getMeasureId() {
        return measureId;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public UUID getCycleId() {
        return cycleId;
    }

    public String getReason() {
        return reason;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
