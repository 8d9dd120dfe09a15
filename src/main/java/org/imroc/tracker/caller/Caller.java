package org.imroc.tracker.caller;

import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.persistence.TrustScope;

/**
 * Who is making the current request, as established afresh for each request from the database: a user (by
 * access token) or an integration key. Its scope is the set of Trusts it may see; {@code unitIds} are a unit lead's
 * units (empty for every other role), below which it may write. {@code publicDisclosure} is true for an integration
 * key created with {@code "disclosure":"PUBLIC"} (a published dashboard): every figure of people it is shown passes
 * small-number suppression, even of the Trusts in its scope.
 */
public record Caller(
        UUID id,
        String name,
        Kind kind,
        Role role,
        TrustScope scope,
        Set<UUID> unitIds,
        boolean publicDisclosure,
        SignedInWith identityProvider) {

    public Caller {
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
    }

    /** The Trust identity provider whose token the caller sent (null: the tracker's own token, or a key). */
    public record SignedInWith(UUID id, String issuer) {}

    /** A caller signed in by the tracker itself, or a key. */
    public Caller(
            UUID id, String name, Kind kind, Role role, TrustScope scope, Set<UUID> unitIds, boolean publicDisclosure) {
        this(id, name, kind, role, scope, unitIds, publicDisclosure, null);
    }

    /** A caller who sees raw figures ({@code publicDisclosure} false). */
    public Caller(UUID id, String name, Kind kind, Role role, TrustScope scope, Set<UUID> unitIds) {
        this(id, name, kind, role, scope, unitIds, false);
    }

    /** A caller with no units: every role but UNIT_LEAD. */
    public Caller(UUID id, String name, Kind kind, Role role, TrustScope scope) {
        this(id, name, kind, role, scope, Set.of(), false);
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
