package org.imroc.tracker.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;
import org.imroc.tracker.common.write.UnitPlaced;
import org.imroc.tracker.measure.spc.SeriesPoint;

/**
 * One period's figure of a measure: the value (for a rate, derived from its numerator and denominator), an optional
 * annotation ("PDSA 2 started") and whether a new set of limits starts here (a rebase: the process changed).
 * Recorded once; a correction is an explicit change with If-Match, so nobody overwrites a colleague's figure.
 */
@Entity
@Table(name = "measure_observations")
public class Observation extends TrustOwnedEntity implements UnitPlaced {

    @Column(name = "measure_id", nullable = false, updatable = false)
    private UUID measureId;

    /** The unit whose figure it is (a measure recorded by UNIT), or null for the Trust's own figure. */
    @Column(name = "unit_id", updatable = false)
    private UUID unitId;

    /** The series it belongs to: the unit, or the measure itself for the Trust's figure (one row per period each). */
    @Column(name = "series_key", nullable = false, updatable = false)
    private UUID seriesKey;

    @Column(nullable = false, updatable = false, length = 8)
    private String period;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "obs_value", nullable = false, precision = 21, scale = 6)
    private BigDecimal value;

    @Column(precision = 21, scale = 6)
    private BigDecimal numerator;

    @Column(precision = 21, scale = 6)
    private BigDecimal denominator;

    @Column(length = 500)
    private String annotation;

    @Column(nullable = false)
    private boolean rebase;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    /** For a Trust figure derived from its units' (never stored): the units expected that did not report. */
    @Transient
    private List<UUID> missingUnits = List.of();

    protected Observation() {}

    public Observation(Measure measure, Period period, String recordedBy) {
        this(measure, null, period, recordedBy);
    }

    /** A unit's figure ({@code unitId} null: the Trust's). */
    public Observation(Measure measure, UUID unitId, Period period, String recordedBy) {
        super(measure.getTrustId());
        this.measureId = measure.getId();
        this.unitId = unitId;
        this.seriesKey = unitId == null ? measure.getId() : unitId;
        this.period = period.label();
        this.periodStart = period.start();
        this.recordedBy = recordedBy;
    }

    public void record(
            BigDecimal value, BigDecimal numerator, BigDecimal denominator, String annotation, boolean rebase) {
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
        this.annotation = annotation;
        this.rebase = rebase;
    }

    /**
     * True when recording these figures again changes nothing: the same value (and numerator and denominator), and
     * the annotation and rebase flag either left out or the same. Anything else is a correction, made explicitly.
     */
    public boolean holds(
            BigDecimal value, BigDecimal numerator, BigDecimal denominator, String annotation, Boolean rebase) {
        return same(this.value, value)
                && same(this.numerator, numerator)
                && same(this.denominator, denominator)
                && (annotation == null || annotation.equals(this.annotation))
                && (rebase == null || rebase == this.rebase);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * The Trust's figure for a period, derived from its units' figures (see {@link org.imroc.tracker.measure.units.UnitSeries}); never stored.
     * {@code missingUnits}: units expected in the period that did not report (the figure is then incomplete).
     */
    public static Observation derived(
            Measure measure,
            Period period,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String annotation,
            boolean rebase,
            List<UUID> missingUnits) {
        Observation o = new Observation(measure, null, period, "");
        o.record(value, numerator, denominator, annotation, rebase);
        o.missingUnits = List.copyOf(missingUnits);
        return o;
    }

    /** The point of the series it is. */
    public SeriesPoint toPoint(String annotationShown) {
        return new SeriesPoint(period, Decimals.plain(value), annotationShown, rebase, isIncomplete());
    }

    /** A derived Trust figure some expected units did not report to. */
    public boolean isIncomplete() {
        return !missingUnits.isEmpty();
    }

    public List<UUID> getMissingUnits() {
        return missingUnits;
    }

    public UUID getMeasureId() {
        return measureId;
    }

    @Override
    public UUID getUnitId() {
        return unitId;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public String getAnnotation() {
        return annotation;
    }

    public boolean isRebase() {
        return rebase;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
