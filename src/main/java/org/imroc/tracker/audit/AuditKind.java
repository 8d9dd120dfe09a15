package org.imroc.tracker.audit;

/**
 * What happened to a resource: created, changed, deleted, or moved to another state by a command; and for users
 * and keys, the privileged events of security: a key revoked, a password changed by its owner or reset by an
 * administrator, a failed sign-in, a lockout.
 */
public enum AuditKind {
    CREATED,
    UPDATED,
    DELETED,
    TRANSITIONED,
    REVOKED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    SIGN_IN_FAILED,
    LOCKED_OUT
}
