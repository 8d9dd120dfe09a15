package org.imroc.tracker.trust;

/** A kind of mental-health service a Trust provides; a Trust usually provides several. */
public enum ServiceArea {
    ADULT,
    CAMHS,
    FORENSIC,
    LEARNING_DISABILITY,
    OLDER_ADULT,
    OTHER
}
