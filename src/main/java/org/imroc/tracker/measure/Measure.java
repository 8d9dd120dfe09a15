package org.imroc.tracker.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.FieldError;
import org.imroc.tracker.common.error.ProblemType;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.spc.ImprovementDirection;
import org.imroc.tracker.measure.spc.Interpretation;

/**
 * A measure: how a Trust knows whether a change is an improvement (Model for Improvement, question two). It has an
 * operational definition, a unit, a direction of improvement, perhaps a target, and a frequency; one value per
 * period. It belongs to a goal (whose aim it judges) or to a challenge, and may follow an ImROC/NHS template.
 */
@Entity
@Table(name = "measures")
public class Measure extends TrustOwnedEntity {

    /** The most measures one Trust keeps: a board reads every one, and the roll-up lists them all. */
    public static final int MAX_PER_TRUST = 500;
    /** How far back a measure reaches: 20 years of its frequency (240 months, 1,044 weeks, 80 quarters). */
    public static final int MAX_YEARS = 20;
    /** The most rebases one measure holds, however long its series. */
    public static final int MAX_REBASES = 20;
    /** A measure may rebase once, and once more for every this many periods it holds. */
    public static final int PERIODS_PER_REBASE = 12;

    @Column(name = "goal_id")
    private UUID goalId;

    @Column(name = "challenge_number")
    private Integer challengeNumber;

    @Column(name = "template_code", length = 50, updatable = false)
    private String templateCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MeasureType type;

    @Column(nullable = false, length = 4000)
    private String definition;

    @Column(nullable = false, length = 50)
    private String unit;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "improvement_direction", nullable = false, length = 20)
    private ImprovementDirection improvementDirection;

    @Column(precision = 21, scale = 6)
    private BigDecimal target;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Frequency frequency;

    @Embedded
    private MeasureRatio ratio;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "recorded_by", nullable = false, length = 10)
    private RecordedBy recordedBy = RecordedBy.TRUST;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private Aggregation aggregation;

    /** The breakdowns its figures are split by, comma-separated in enum order; null for none. */
    @Column(length = 100)
    private String breakdowns;

    @Embedded
    private AnalysisSettings settings;

    @Embedded
    private MeasureSummary summary;

    /**
     * Moved on with every change to the series, by {@link MeasureRepository#seriesChanged} (a statement of its own,
     * so the measure's version, its ETag, stays as it was); never written from here.
     */
    @Column(name = "series_seq", nullable = false, updatable = false)
    private long seriesSeq;

    protected Measure() {}

    /** A new measure of the Trust, made from the template {@code templateCode} (null for none). */
    public Measure(UUID trustId, String templateCode) {
        super(trustId);
        this.templateCode = templateCode;
    }

    /** Sets what the measure is; the frequency and the ratio form are fixed once a period is recorded (409). */
    public void define(
            String name,
            MeasureType type,
            String definition,
            String unit,
            ImprovementDirection direction,
            BigDecimal target,
            Frequency frequency,
            MeasureRatio ratio,
            boolean hasObservations) {
        if (hasObservations
                && (frequency != this.frequency
                        || isRatio() != (ratio != null)
                        || (ratio != null && ratio.multiplier().compareTo(this.ratio.multiplier()) != 0))) {
            throw ApiException.conflict("The frequency and the ratio form (and its multiplier) cannot change once "
                    + "periods are recorded; delete the observations first or start a new measure.");
        }
        this.name = name;
        this.type = type;
        this.definition = definition;
        this.unit = unit;
        this.improvementDirection = direction;
        this.target = target;
        this.frequency = frequency;
        this.ratio = ratio;
    }

    /** The most periods this measure holds: {@link #MAX_YEARS} years of its frequency. */
    public int maxPeriods() {
        return frequency.periodsIn(MAX_YEARS);
    }

    /** The most rebases a series of {@code periods} may hold: one, one more per 12 periods, at most 20. */
    public static int maxRebases(int periods) {
        return Math.min(MAX_REBASES, 1 + periods / PERIODS_PER_REBASE);
    }

    /**
     * Checks a series about to hold {@code periods} periods and {@code rebases} rebases against the limits (so that
     * every analysis and drawing of it stays cheap): over either is 422 naming the limit, on {@code field}. Only
     * writes that add check it; a delete is always allowed.
     */
    public void requireWithinLimits(long periods, long rebases, String field) {
        if (periods > maxPeriods()) {
            throw overLimit(
                    field,
                    "a " + frequency.name().toLowerCase() + " measure holds at most " + maxPeriods() + " periods ("
                            + MAX_YEARS + " years); this would make " + periods);
        }
        if (rebases > maxRebases((int) periods)) {
            throw overLimit(
                    field,
                    "a measure of " + periods + " periods holds at most "
                            + maxRebases((int) periods) + " rebases (one, one more per " + PERIODS_PER_REBASE
                            + " periods, at most " + MAX_REBASES + "); this would make " + rebases);
        }
    }

    private static ApiException overLimit(String field, String message) {
        return new ApiException(
                ProblemType.VALIDATION_FAILED,
                "The measure would hold more than it may; nothing " + "was recorded.",
                List.of(new FieldError(field, message)));
    }

    /**
     * Says who records the figures (fixed once a period is recorded: 409) and, for a UNIT measure, how the units'
     * figures make the Trust's: by default a rate's Σ numerators ÷ Σ denominators and a count's sum. A rate never
     * sums its units' rates, and only a rate takes RATIO_OF_SUMS (422 otherwise). A TRUST measure has no aggregation.
     */
    public void recordBy(RecordedBy recordedBy, Aggregation aggregation, boolean hasObservations) {
        RecordedBy by = recordedBy == null ? RecordedBy.TRUST : recordedBy;
        if (hasObservations && by != this.recordedBy) {
            throw ApiException.conflict("recordedBy cannot change once periods are recorded; delete the "
                    + "observations first or start a new measure.");
        }
        Aggregation chosen = null;
        if (by == RecordedBy.UNIT) {
            chosen = aggregation != null ? aggregation : isRatio() ? Aggregation.RATIO_OF_SUMS : Aggregation.SUM;
            if (isRatio() && chosen == Aggregation.SUM) {
                throw ApiException.invalid(
                        "aggregation",
                        "a rate's figures do not add up: use RATIO_OF_SUMS (Σ numerators ÷ Σ denominators) or NONE");
            }
            if (!isRatio() && chosen == Aggregation.RATIO_OF_SUMS) {
                throw ApiException.invalid("aggregation", "RATIO_OF_SUMS is for a rate (a measure with ratio)");
            }
        }
        this.recordedBy = by;
        this.aggregation = chosen;
    }

    /**
     * Declares the breakdowns its figures are split by (any of them, once each: 422 otherwise). A breakdown may be
     * added at any time (periods recorded before it simply have no parts for it) or taken away (parts already
     * recorded for it stay stored, unused, and return if it is declared again).
     */
    public void breakDownBy(List<Breakdown> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            this.breakdowns = null;
            return;
        }
        if (chosen.stream().anyMatch(Objects::isNull) || new HashSet<>(chosen).size() != chosen.size()) {
            throw ApiException.invalid("breakdowns", "name each breakdown once, e.g. [\"ETHNIC_GROUP\", \"SEX\"]");
        }
        this.breakdowns = EnumSet.copyOf(chosen).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The breakdowns declared, in enum order. */
    public List<Breakdown> getBreakdowns() {
        if (breakdowns == null || breakdowns.isBlank()) {
            return List.of();
        }
        return Arrays.stream(breakdowns.split(",")).map(Breakdown::valueOf).toList();
    }

    /**
     * Whether its figures can be analysed by this breakdown: declared, or ETHNIC_GROUP when ETHNIC_CATEGORY is
     * (each group is the sum of its categories).
     */
    public boolean offers(Breakdown breakdown) {
        List<Breakdown> declared = getBreakdowns();
        return declared.contains(breakdown)
                || (breakdown == Breakdown.ETHNIC_GROUP && declared.contains(Breakdown.ETHNIC_CATEGORY));
    }

    public boolean isRecordedByUnit() {
        return recordedBy == RecordedBy.UNIT;
    }

    /** Whether the Trust has a series of this measure: its own figures, or its units' aggregated. */
    public boolean hasTrustSeries() {
        return recordedBy == RecordedBy.TRUST || aggregation != Aggregation.NONE;
    }

    /** Links the measure to a goal (already checked to be of this Trust, its challenge given) or a challenge. */
    public void link(UUID goalId, Integer challengeNumber) {
        this.goalId = goalId;
        this.challengeNumber = challengeNumber;
    }

    /** Sets how the series is read: an attribute chart (U, P, U′, P′) is for a rate only (422 on spc.chart). */
    public void configure(AnalysisSettings settings) {
        if (settings.chart().isAttribute() && ratio == null) {
            throw ApiException.invalid(
                    "spc.chart",
                    settings.chart() + " is an attribute chart, for a rate (numerator over denominator); this measure "
                            + "takes plain values, so its chart is XMR");
        }
        this.settings = settings;
    }

    /** Keeps the roll-up summary in step with the series (only a real change bumps the version). */
    public void summarise(MeasureSummary summary) {
        if (this.summary == null
                || !Objects.equals(this.summary.latestPeriod(), summary.latestPeriod())
                || !sameNumber(this.summary.latestValue(), summary.latestValue())
                || this.summary.points() != summary.points()
                || this.summary.variationIcon() != summary.variationIcon()
                || this.summary.assuranceIcon() != summary.assuranceIcon()
                || !Objects.equals(this.summary.trialLimits(), summary.trialLimits())) {
            this.summary = summary;
        }
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public boolean isRatio() {
        return ratio != null && ratio.multiplier() != null;
    }

    public UUID getGoalId() {
        return goalId;
    }

    public Integer getChallengeNumber() {
        return challengeNumber;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public String getName() {
        return name;
    }

    public MeasureType getType() {
        return type;
    }

    public String getDefinition() {
        return definition;
    }

    /**
     * How the sentence under this measure's charts ({@code interpretation}) names it and writes its figures: the
     * name given (a group's series is named for its group), its direction and target, its period word, and "%"
     * after the figures of a percentage.
     */
    public Interpretation.Context interpretationContext(String name) {
        return Interpretation.Context.ofMeasure(name, improvementDirection, target, frequency.name(), unit);
    }

    public String getUnit() {
        return unit;
    }

    public ImprovementDirection getImprovementDirection() {
        return improvementDirection;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    /** The ratio form, or null for a measure whose periods are counted or measured directly. */
    public MeasureRatio getRatio() {
        return isRatio() ? ratio : null;
    }

    public RecordedBy getRecordedBy() {
        return recordedBy;
    }

    /** For a UNIT measure, how its units' figures make the Trust's; null for a TRUST measure. */
    public Aggregation getAggregation() {
        return aggregation;
    }

    public AnalysisSettings getSettings() {
        return settings;
    }

    public MeasureSummary getSummary() {
        return summary;
    }

    public long getSeriesSeq() {
        return seriesSeq;
    }
}
