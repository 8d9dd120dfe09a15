package org.imroc.tracker.caller;

import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.persistence.TrustScope;

/**
 * Who is making the current request, as established afresh for each request from the database: a user (by
 * access token) or an integration key. Its scope is the set of Trusts it may see; {@code unitIds} are a unit lead's
 * units (empty for every other role), below which it may write.
 */
public record Caller(UUID id, String name, Kind kind, Role role, TrustScope scope, Set<UUID> unitIds) {

    public Caller {
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
    }

    /** A caller with no units: every role but UNIT_LEAD. */
    public Caller(UUID id, String name, Kind kind, Role role, TrustScope scope) {
        this(id, name, kind, role, scope, Set.of());
    }

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
