package org.imroc.tracker.webhook;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt: what was sent and how the receiver answered (no secret, at most a short excerpt of the answer). */
public record DeliveryResponse(
        UUID id,

        @Schema(description = "The webhook-id header: the same on every attempt at one message", maxLength = 64)
        String messageId,

        @Schema(maxLength = 100, examples = "action.created")
        String eventType,

        @Schema(minimum = "1", maximum = "100000", required = true)
        int attempt,

        DeliveryOutcome outcome,
        @Schema(minimum = "100", maximum = "599") Integer responseStatus,

        @Schema(minimum = "0", maximum = "3600000", required = true)
        long durationMs,

        @Schema(maxLength = 500) String error,

        @Schema(description = "The start of the receiver's answer", maxLength = 500)
        String responseExcerpt,

        Instant nextAttemptAt,
        Instant attemptedAt) {

    static DeliveryResponse from(WebhookDelivery d) {
        return new DeliveryResponse(
                d.getId(),
                d.getMessageId(),
                d.getEventType(),
                d.getAttempt(),
                d.getOutcome(),
                d.getResponseStatus(),
                d.getDurationMs(),
                d.getError(),
                d.getResponseExcerpt(),
                d.getNextAttemptAt(),
                d.getAttemptedAt());
    }
}
