package org.imroc.tracker.audit;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AuditEventResponse(
        UUID id,
        Instant occurredAt,
        @Schema(description = "Who made the change") Actor actor,

        @Schema(description = "The Trust the resource belongs to; null for users and keys")
        UUID trustId,

        @Schema(maxLength = AuditEvent.MAX_TYPE_LENGTH, pattern = "^[a-z-]+$", examples = "action")
        String resourceType,

        UUID resourceId,
        AuditKind kind,

        @Schema(description = "Fields set or changed (for CREATED: the fields given)", maxItems = AuditEvent.MAX_FIELDS)
        List<@Size(max = 100) String> changedFields,

        @Schema(description = "The resource's version after the change")
        Long version) {

    /** A user or an integration key; ANONYMOUS for a failed sign-in (named by its client address). */
    public record Actor(
            UUID id,
            @Size(max = 200) String name,

            @Schema(enumeration = {"USER", "API_KEY", "ANONYMOUS"})
            String kind) {}

    static AuditEventResponse from(AuditEvent event) {
        return new AuditEventResponse(
                event.getId(),
                event.getOccurredAt(),
                new Actor(event.getActorId(), event.getActorName(), event.getActorKind()),
                event.getTrustId(),
                event.getResourceType(),
                event.getResourceId(),
                event.getKind(),
                event.getChangedFields(),
                event.getResourceVersion());
    }
}
