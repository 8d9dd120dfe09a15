package org.imroc.tracker.cycle;

/** Whether the results matched the predictions made in the plan. */
public enum PredictionMatch {
    YES,
    PARTLY,
    NO
}
