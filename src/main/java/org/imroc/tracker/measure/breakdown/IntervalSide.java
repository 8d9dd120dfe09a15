package org.imroc.tracker.measure.breakdown;

/**
 * Where a rate ratio's 95 % interval lies against 1 (no difference). Wholly above 1 is a disparity worth acting on
 * (the group's rate is higher than the reference's beyond what chance explains); wholly below 1 the reverse; an
 * interval that includes 1 (its end exactly 1 included) shows no difference the data can tell from chance.
 */
public enum IntervalSide {
    WHOLLY_ABOVE_ONE,
    WHOLLY_BELOW_ONE,
    INCLUDES_ONE
}
