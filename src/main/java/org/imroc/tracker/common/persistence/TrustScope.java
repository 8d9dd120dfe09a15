package org.imroc.tracker.common.persistence;

import java.util.Set;
import java.util.UUID;

/**
 * The Trusts a caller may see: every Trust, or a fixed set (possibly empty). Repositories of Trust-owned data take
 * a scope in every query, so a record outside it is simply not found.
 */
public record TrustScope(boolean all, Set<UUID> trustIds) {

    public TrustScope {
        trustIds = Set.copyOf(trustIds);
    }

    public static TrustScope everyTrust() {
        return new TrustScope(true, Set.of());
    }

    public static TrustScope only(Set<UUID> trustIds) {
        return new TrustScope(false, trustIds);
    }

    public boolean includes(UUID trustId) {
        return all || trustIds.contains(trustId);
    }
}
