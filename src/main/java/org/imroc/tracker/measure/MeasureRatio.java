package org.imroc.tracker.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate: each period's value is numerator ÷ denominator × multiplier (restraint episodes per 1,000 occupied bed
 * days: episodes ÷ bed days × 1000). Observations of a rate give the numerator and denominator, never the value.
 */
@Embeddable
public class MeasureRatio {

    /** Decimal places a derived value keeps. */
    static final int SCALE = 6;

    @Column(name = "ratio_multiplier", precision = 21, scale = 6)
    private BigDecimal multiplier;

    @Column(name = "ratio_numerator_label", length = 200)
    private String numeratorLabel;

    @Column(name = "ratio_denominator_label", length = 200)
    private String denominatorLabel;

    protected MeasureRatio() {}

    public MeasureRatio(BigDecimal multiplier, String numeratorLabel, String denominatorLabel) {
        this.multiplier = multiplier;
        this.numeratorLabel = numeratorLabel;
        this.denominatorLabel = denominatorLabel;
    }

    /** The period's value: numerator × multiplier ÷ denominator (not zero), to {@value #SCALE} places. */
    public BigDecimal valueOf(BigDecimal numerator, BigDecimal denominator) {
        return numerator
                .multiply(multiplier)
                .divide(denominator, SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    public BigDecimal multiplier() {
        return multiplier;
    }

    public String numeratorLabel() {
        return numeratorLabel;
    }

    public String denominatorLabel() {
        return denominatorLabel;
    }
}
