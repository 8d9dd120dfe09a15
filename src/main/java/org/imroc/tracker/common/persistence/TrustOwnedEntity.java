package org.imroc.tracker.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** A record that belongs to one Trust, for ever: every query for it is limited to the caller's Trusts. */
@MappedSuperclass
public abstract class TrustOwnedEntity extends TrackedEntity {

    @Column(name = "trust_id", nullable = false, updatable = false)
    private UUID trustId;

    protected TrustOwnedEntity() {}

    protected TrustOwnedEntity(UUID trustId) {
        this.trustId = trustId;
    }

    public UUID getTrustId() {
        return trustId;
    }
}
