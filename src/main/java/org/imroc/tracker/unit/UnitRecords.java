package org.imroc.tracker.unit;

import java.util.UUID;

/**
 * Records of another feature that may belong to a unit (goals, PDSA cycles, actions, visits, TRIP assessments): what a unit's delete
 * asks before it deletes, so the unit feature needs to know none of them. Implemented by their repositories and
 * found through CDI; a unit that any of them counts records on is closed, not deleted.
 */
public interface UnitRecords {

    /** How many of these records belong to the unit. */
    long countOnUnit(UUID unitId);

    /** The records counted, as a person reads them: "1 goal", "3 actions". */
    String label(long count);
}
