package org.imroc.tracker.measure.breakdown;

/** Why a published count is hidden. */
public enum SuppressionReason {
    /** The count is from 1 to the minimum count − 1 and could identify a person. */
    SMALL_COUNT,
    /** The count is shown elsewhere as not small, but a small count could be worked out from it by subtraction. */
    COMPLEMENT
}
