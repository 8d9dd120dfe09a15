package org.imroc.tracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The change-feed number of a Trust's latest change: it moves on with every audited write to the Trust or anything
 * it owns, on any instance. Roll-ups decide their ETag from it, so "has anything changed?" is one row, not a
 * computation. Written only by {@link AuditLog}, after it has taken the feed counter's lock.
 */
@Entity
@Table(name = "trust_versions")
public class TrustVersion {

    @Id
    @Column(name = "trust_id", nullable = false, updatable = false)
    private UUID trustId;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    protected TrustVersion() {}

    TrustVersion(UUID trustId, long lastSeq) {
        this.trustId = trustId;
        this.lastSeq = lastSeq;
    }

    void moveTo(long seq) {
        lastSeq = Math.max(lastSeq, seq);
    }

    public UUID getTrustId() {
        return trustId;
    }

    public long getLastSeq() {
        return lastSeq;
    }
}
