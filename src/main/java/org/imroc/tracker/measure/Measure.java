package org.imroc.tracker.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;

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

    @Embedded
    private AnalysisSettings settings;

    @Embedded
    private MeasureSummary summary;

    protected Measure() {
    }

    /** A new measure of the Trust, made from the template {@code templateCode} (null for none). */
    public Measure(UUID trustId, String templateCode) {
        super(trustId);
        this.templateCode = templateCode;
    }

    /** Sets what the measure is; the frequency and the ratio form are fixed once a period is recorded (409). */
    public void define(String name, MeasureType type, String definition, String unit, ImprovementDirection direction,
            BigDecimal target, Frequency frequency, MeasureRatio ratio, boolean hasObservations) {
        if (hasObservations && (frequency != this.frequency || isRatio() != (ratio != null)
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

    /** Links the measure to a goal (already checked to be of this Trust, its challenge given) or a challenge. */
    public void link(UUID goalId, Integer challengeNumber) {
        this.goalId = goalId;
        this.challengeNumber = challengeNumber;
    }

    public void configure(AnalysisSettings settings) {
        this.settings = settings;
    }

    /** Keeps the roll-up summary in step with the series (only a real change bumps the version). */
    public void summarise(MeasureSummary summary) {
        if (this.summary == null || !Objects.equals(this.summary.latestPeriod(), summary.latestPeriod())
                || !sameNumber(this.summary.latestValue(), summary.latestValue())
                || this.summary.points() != summary.points() || this.summary.variationIcon() != summary.variationIcon()
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

    public AnalysisSettings getSettings() {
        return settings;
    }

    public MeasureSummary getSummary() {
        return summary;
    }
}
