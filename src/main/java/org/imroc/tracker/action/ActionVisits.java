package org.imroc.tracker.action;

import java.util.UUID;

/**
 * What the action feature needs to know of site visits: whether an action may say it was agreed at a visit.
 * Implemented by the visit feature (which creates the actions agreed at a visit), so actions do not depend on visits.
 */
public interface ActionVisits {

    /** Refuses (422 on visitId) a visit that does not exist or is of another Trust. */
    void requireVisitOf(UUID visitId, UUID trustId);
}
