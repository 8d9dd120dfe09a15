package org.imroc.tracker.unit;

/** What a unit below a Trust is: a hospital site, a service, an inpatient ward or a team. */
public enum UnitKind {
    SITE,
    SERVICE,
    WARD,
    TEAM
}
