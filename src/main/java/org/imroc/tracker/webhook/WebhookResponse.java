package org.imroc.tracker.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.audit.ChangeFeedService;
import org.imroc.tracker.common.http.Identified;

public record WebhookResponse(
        @Schema(required = true) UUID id,
        @Schema(maxLength = 2000) String url,
        @Schema(maxItems = 50) List<String> eventTypes,
        @Schema(maxItems = 500) List<UUID> trustIds,
        @Schema(required = true) boolean allTrusts,
        @Schema(maxLength = 500) String description,
        @Schema(required = true) boolean active,

        @Schema(description = "Why the sender disabled it (410 Gone, or failing too long)", maxLength = 500)
        String disabledReason,

        @Schema(
                description = "The signing secret (whsec_…): shown only when created or rotated; keep it safe",
                maxLength = 100)
        String secret,

        @Schema(description = "Until then the previous secret also signs (after a rotation)")
        Instant previousSecretActiveUntil,

        @Schema(description = "The change-feed position delivered up to (pass to replay to go back)", maxLength = 200)
        String position,

        @Schema(
                description = "The most failed attempts of any event waiting for a retry (0 when none waits)",
                minimum = "0",
                maximum = "100000",
                required = true)
        int pendingAttempts,

        @Schema(
                description = "Events the receiver failed to take, each waiting for its own retry; while 8 wait, no "
                        + "new event is sent",
                minimum = "0",
                maximum = "8",
                required = true)
        int retrying,

        @Schema(description = "When the sender next attends to it")
        Instant nextAttemptAt,

        @Schema(description = "Since when the oldest event waiting for a retry has been failing")
        Instant failingSince,

        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified {

    static WebhookResponse from(WebhookSubscription s, String secret) {
        return new WebhookResponse(
                s.getId(),
                s.getUrl(),
                s.getEventTypes(),
                s.getTrustIds().stream().sorted().toList(),
                s.isAllTrusts(),
                s.getDescription(),
                s.isActive(),
                s.getDisabledReason(),
                secret,
                s.getPreviousSecretUntil(),
                ChangeFeedService.cursorAt(s.getCursorSeq(), null),
                s.getAttempts(),
                s.getRetrying(),
                s.getNextAttemptAt(),
                s.getFailingSince(),
                s.getVersion(),
                s.getCreatedAt(),
                s.getUpdatedAt());
    }
}
