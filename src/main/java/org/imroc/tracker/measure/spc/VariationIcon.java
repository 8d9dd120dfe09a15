package org.imroc.tracker.measure.spc;

/**
 * The Making Data Count variation icon of a chart: the type of its last point, drawn high or low. Improvement and
 * concern take their side from the direction (an improvement on a DECREASE measure is IMPROVEMENT_LOW, a concern
 * on it CONCERN_HIGH), as NHSRplotthedots picks its icon files.
 */
public enum VariationIcon {
    COMMON_CAUSE,
    IMPROVEMENT_HIGH,
    IMPROVEMENT_LOW,
    CONCERN_HIGH,
    CONCERN_LOW,
    NEUTRAL_HIGH,
    NEUTRAL_LOW;

    static VariationIcon of(PointType type, ImprovementDirection direction) {
        boolean increase = direction == ImprovementDirection.INCREASE;
        return switch (type) {
            case COMMON_CAUSE -> COMMON_CAUSE;
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> NEUTRAL_HIGH;
            case SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL_LOW;
            case SPECIAL_CAUSE_IMPROVEMENT -> increase ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
            case SPECIAL_CAUSE_CONCERN -> increase ? CONCERN_LOW : CONCERN_HIGH;
        };
    }
}
