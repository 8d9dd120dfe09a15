package org.imroc.tracker.measure.spc;

/**
 * The chart a measure is drawn on. XMR: the individuals chart (Making Data Count's choice for everything, the
 * default; {@link XmrChart}). The attribute charts ({@link AttributeChart}) are for ratio measures, with limits
 * that differ per point because the denominator does: U, events per unit of exposure (qicharts2 {@code "u"}); P,
 * a proportion (qicharts2 {@code "p"}); U_PRIME and P_PRIME, Laney's u′ and p′ for large denominators, whose
 * per-point sigma is widened by σz, the between-period variation (qicharts2 {@code "up"} and {@code "pp"}).
 */
public enum SpcChart {
    XMR,
    U,
    P,
    U_PRIME,
    P_PRIME;

    /** Whether the chart is one of the attribute charts (all but XMR). */
    public boolean isAttribute() {
        return this != XMR;
    }

    /** P and P_PRIME: the value is a proportion, so numerator ≤ denominator and the limits are clipped to [0, 1]. */
    public boolean isProportion() {
        return this == P || this == P_PRIME;
    }

    /** U_PRIME and P_PRIME: Laney's charts, whose sigma is multiplied by σz. */
    public boolean isLaney() {
        return this == U_PRIME || this == P_PRIME;
    }
}
