package org.imroc.tracker.caller;

import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.persistence.TrustScope;

/**
 * Who is making the current request, as established afresh for each request from the database: a user (by
 * access token) or an integration key. Its scope is the set of Trusts it may see.
 */
public record Caller(UUID id, String name, Kind kind, Role role, TrustScope scope) {

    /** The security identity attribute that carries the caller. */
    public static final String IDENTITY_ATTRIBUTE = "tracker.caller";

    /** How the caller authenticated. */
    public enum Kind {
        USER,
        API_KEY
    }

    public boolean isUser() {
        return kind == Kind.USER;
    }

    public Set<UUID> trustIds() {
        return scope.trustIds();
    }
}
