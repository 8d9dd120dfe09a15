package org.imroc.tracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.paging.Cursor;

/**
 * One entry of the audit trail: who changed which resource of which Trust, how, which fields, and the version it
 * left. Written in the same transaction as the change, never updated or deleted.
 */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEvent {

    /** The longest resource type name ("progress-score"). */
    public static final int MAX_TYPE_LENGTH = 40;
    /** The most field names one event lists. */
    public static final int MAX_FIELDS = 100;

    @Id
    private UUID id;

    /** Position in the change feed: commit order, no gaps. */
    @Column(nullable = false, updatable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant createdAt;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(name = "actor_kind", nullable = false, length = 20)
    private String actorKind;

    @Column(name = "trust_id")
    private UUID trustId;

    @Column(name = "resource_type", nullable = false, length = 40)
    private String resourceType;

    @Column(name = "resource_id", nullable = false)
    private UUID resourceId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AuditKind kind;

    @Column(name = "changed_fields", nullable = false, length = 2000)
    private String changedFields;

    @Column(name = "resource_version")
    private Long resourceVersion;

    protected AuditEvent() {}

    AuditEvent(
            long seq,
            Instant at,
            UUID actorId,
            String actorName,
            String actorKind,
            UUID trustId,
            String resourceType,
            UUID resourceId,
            AuditKind kind,
            List<String> changedFields,
            Long resourceVersion) {
        this.id = UUID.randomUUID();
        this.seq = seq;
        this.createdAt = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.actorKind = actorKind;
        this.trustId = trustId;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.kind = kind;
        String joined = String.join(",", changedFields.subList(0, Math.min(changedFields.size(), MAX_FIELDS)));
        this.changedFields = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
        this.resourceVersion = resourceVersion;
    }

    public UUID getId() {
        return id;
    }

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return createdAt;
    }

    public UUID getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorKind() {
        return actorKind;
    }

    public UUID getTrustId() {
        return trustId;
    }

    public String getResourceType() {
        return resourceType;
    }

    public UUID getResourceId() {
        return resourceId;
    }

    public AuditKind getKind() {
        return kind;
    }

    public List<String> getChangedFields() {
        return changedFields.isEmpty() ? List.of() : Arrays.asList(changedFields.split(","));
    }

    public Long getResourceVersion() {
        return resourceVersion;
    }

    public Cursor cursor() {
        return new Cursor(createdAt, id);
    }
}
