package org.imroc.tracker.trust;

/** Where a Trust is in its ImROC programme: working with ImROC now, paused, or finished. */
public enum TrustStatus {
    ACTIVE,
    PAUSED,
    COMPLETED
}
