package org.imroc.tracker.measure.spc;

/**
 * Whether the process, as its latest limits describe it, will meet the target. CONSISTENT_PASS: both limits are on
 * the good side of the target; CONSISTENT_FAIL: both on the bad side; INCONSISTENT: the target lies between the
 * limits or on one of them, so the process will hit and miss ("hit or miss").
 */
public enum AssuranceType {
    CONSISTENT_PASS,
    CONSISTENT_FAIL,
    INCONSISTENT;

    /** The Making Data Count assurance icon for this type. */
    public AssuranceIcon icon() {
        return switch (this) {
            case CONSISTENT_PASS -> AssuranceIcon.PASS;
            case CONSISTENT_FAIL -> AssuranceIcon.FAIL;
            case INCONSISTENT -> AssuranceIcon.INCONSISTENT;
        };
    }
}
