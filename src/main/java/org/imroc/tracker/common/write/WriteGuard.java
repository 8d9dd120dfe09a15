package org.imroc.tracker.common.write;

/**
 * Whether the caller may write an entity where it sits, asked by {@link Writes} before and after every change (so a
 * record is neither changed where the caller may not write, nor moved there). Implemented by the unit feature's
 * UnitAuthority: common may not depend on a feature, so {@link Writes} knows this interface and not the authority.
 * An entity that is not {@link UnitPlaced} must be refused to a caller whose writes are limited to units (fail
 * closed).
 */
public interface WriteGuard {

    /** Throws (403) when the caller may not write {@code entity} where it sits now. */
    void requireWritable(Object entity);
}
