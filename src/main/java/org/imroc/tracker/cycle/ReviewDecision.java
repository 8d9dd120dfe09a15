package org.imroc.tracker.cycle;

/** The Act of a PDSA cycle: adopt the change (implement, at scale), adapt it and test again, or abandon it. */
public enum ReviewDecision {
    ADOPT,
    ADAPT,
    ABANDON
}
