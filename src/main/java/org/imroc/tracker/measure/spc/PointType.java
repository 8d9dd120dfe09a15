package org.imroc.tracker.measure.spc;

/**
 * The classification of one XmR point (NHSRplotthedots' {@code point_type}). COMMON_CAUSE: no rule fires.
 * SPECIAL_CAUSE_IMPROVEMENT / SPECIAL_CAUSE_CONCERN: a rule fires and the signal points the good / bad way for the
 * improvement direction. SPECIAL_CAUSE_NEUTRAL_HIGH / _LOW: a rule fires on a NEUTRAL measure, signal high / low.
 */
public enum PointType {
    COMMON_CAUSE,
    SPECIAL_CAUSE_IMPROVEMENT,
    SPECIAL_CAUSE_CONCERN,
    SPECIAL_CAUSE_NEUTRAL_HIGH,
    SPECIAL_CAUSE_NEUTRAL_LOW;

    /** Classifies a signal that points high (+1), low (-1) or nowhere (0) for the given direction. */
    static PointType of(int signal, ImprovementDirection direction) {
        if (signal == 0) {
            return COMMON_CAUSE;
        }
        return switch (direction) {
            case NEUTRAL -> signal > 0 ? SPECIAL_CAUSE_NEUTRAL_HIGH : SPECIAL_CAUSE_NEUTRAL_LOW;
            case INCREASE -> signal > 0 ? SPECIAL_CAUSE_IMPROVEMENT : SPECIAL_CAUSE_CONCERN;
            case DECREASE -> signal < 0 ? SPECIAL_CAUSE_IMPROVEMENT : SPECIAL_CAUSE_CONCERN;
        };
    }
}
