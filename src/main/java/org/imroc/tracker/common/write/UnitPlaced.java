package org.imroc.tracker.common.write;

import java.util.UUID;

/**
 * A record that may sit on a unit of its Trust (a goal, PDSA cycle, review, action, assessment or visit): what the
 * {@link WriteGuard} asks before and after every write through {@link Writes}. A null unit is the Trust's as a whole.
 */
public interface UnitPlaced {

    UUID getTrustId();

    UUID getUnitId();
}
