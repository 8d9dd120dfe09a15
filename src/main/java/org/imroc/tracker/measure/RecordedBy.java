package org.imroc.tracker.measure;

/**
 * Who records a measure's figures. TRUST: one figure per period for the Trust as a whole. UNIT: one figure per
 * (period, unit), each ward or team its own; the Trust's series is derived by the measure's {@link Aggregation}.
 */
public enum RecordedBy {
    TRUST,
    UNIT
}
