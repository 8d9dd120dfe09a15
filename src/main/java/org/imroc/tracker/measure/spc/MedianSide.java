package org.imroc.tracker.measure.spc;

/** Where a run-chart point lies against the median: ABOVE, BELOW, or exactly ON it (then it is not "useful"). */
public enum MedianSide {
    ABOVE,
    BELOW,
    ON
}
