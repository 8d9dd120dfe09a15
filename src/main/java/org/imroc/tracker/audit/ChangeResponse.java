package org.imroc.tracker.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.paging.Cursor;

/** One change: what happened to which resource, who did it, and where it sits in the feed. */
public record ChangeResponse(
        @Schema(description = "Pass as 'after' to continue right after this change", maxLength = Cursor.MAX_LENGTH)
        String cursor,

        Instant occurredAt,
        AuditKind kind,

        @Schema(maxLength = AuditEvent.MAX_TYPE_LENGTH, pattern = "^[a-z-]+$", examples = "action")
        String resourceType,

        UUID resourceId,
        UUID trustId,
        AuditEventResponse.Actor actor,

        @Schema(description = "The resource's version after the change")
        Long version) {

    static ChangeResponse from(AuditEvent event) {
        return new ChangeResponse(
                new FeedCursor(event.getSeq(), event.getOccurredAt()).encode(),
                event.getOccurredAt(),
                event.getKind(),
                event.getResourceType(),
                event.getResourceId(),
                event.getTrustId(),
                new AuditEventResponse.Actor(event.getActorId(), event.getActorName(), event.getActorKind()),
                event.getResourceVersion());
    }
}
