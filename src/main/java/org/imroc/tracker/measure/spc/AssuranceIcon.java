package org.imroc.tracker.measure.spc;

/** The Making Data Count assurance icon: the target will be met (PASS), missed (FAIL), or hit and missed. */
public enum AssuranceIcon {
    PASS,
    FAIL,
    INCONSISTENT
}
