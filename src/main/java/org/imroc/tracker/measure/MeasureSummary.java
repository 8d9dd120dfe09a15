package org.imroc.tracker.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.VariationIcon;
import org.imroc.tracker.measure.spc.XmrPoint;
import org.imroc.tracker.measure.spc.XmrResult;

/**
 * What a board's summary shows of a measure: how many points, the latest period and value, and the variation and
 * assurance icons of its SPC chart. Recomputed whenever the measure or its observations change, in the same
 * transaction, so roll-ups read it instead of analysing every series.
 */
@Embeddable
public class MeasureSummary {

    @Column(name = "summary_points", nullable = false)
    private int points;

    @Column(name = "summary_latest_period", length = 8)
    private String latestPeriod;

    @Column(name = "summary_latest_value", precision = 21, scale = 6)
    private BigDecimal latestValue;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "summary_variation_icon", length = 20)
    private VariationIcon variationIcon;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "summary_assurance_icon", length = 20)
    private AssuranceIcon assuranceIcon;

    @Column(name = "summary_trial_limits")
    private Boolean trialLimits;

    protected MeasureSummary() {}

    /** The summary of an analysed series. */
    public static MeasureSummary of(XmrResult analysis) {
        MeasureSummary summary = new MeasureSummary();
        summary.points = analysis.n();
        if (!analysis.points().isEmpty()) {
            XmrPoint last = analysis.points().get(analysis.points().size() - 1);
            summary.latestPeriod = last.period();
            summary.latestValue = last.value();
        }
        summary.variationIcon = analysis.variationIcon();
        summary.assuranceIcon = analysis.assuranceIcon();
        summary.trialLimits = analysis.limitsAreTrial();
        return summary;
    }

    public int points() {
        return points;
    }

    public String latestPeriod() {
        return latestPeriod;
    }

    public BigDecimal latestValue() {
        return latestValue;
    }

    public VariationIcon variationIcon() {
        return variationIcon;
    }

    public AssuranceIcon assuranceIcon() {
        return assuranceIcon;
    }

    public Boolean trialLimits() {
        return trialLimits;
    }
}
