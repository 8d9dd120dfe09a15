package org.imroc.tracker.audit;

/** What happened to a resource: created, changed, deleted, or moved to another state by a command. */
public enum AuditKind {
    CREATED,
    UPDATED,
    DELETED,
    TRANSITIONED
}
