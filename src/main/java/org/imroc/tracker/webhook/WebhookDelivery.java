package org.imroc.tracker.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.paging.Cursor;

/** One attempt to deliver one message: what was sent (never the secret), how the receiver answered, what next. */
@Entity
@Immutable
@Table(name = "webhook_deliveries")
public class WebhookDelivery {

    static final int MAX_TEXT = 500;

    @Id
    private UUID id;

    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;

    @Column(name = "message_id", nullable = false, length = 64)
    private String messageId;

    @Column(name = "event_type", nullable = false, length = 100)
    private String eventType;

    @Column(name = "event_seq")
    private Long eventSeq;

    @Column(nullable = false)
    private int attempt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private DeliveryOutcome outcome;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(length = MAX_TEXT)
    private String error;

    @Column(name = "response_excerpt", length = MAX_TEXT)
    private String responseExcerpt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected WebhookDelivery() {}

    WebhookDelivery(
            UUID subscriptionId,
            Message message,
            int attempt,
            WebhookSender.Result result,
            DeliveryOutcome outcome,
            Instant nextAttemptAt,
            Instant attemptedAt) {
        this.id = UUID.randomUUID();
        this.subscriptionId = subscriptionId;
        this.messageId = message.id();
        this.eventType = message.type();
        this.eventSeq = message.seq();
        this.attempt = attempt;
        this.outcome = outcome;
        this.responseStatus = result.status();
        this.durationMs = result.durationMs();
        this.error = clip(result.error());
        this.responseExcerpt = clip(result.excerpt());
        this.nextAttemptAt = nextAttemptAt;
        this.attemptedAt = attemptedAt;
    }

    private static String clip(String text) {
        return text == null ? null : text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    public UUID getId() {
        return id;
    }

    public UUID getSubscriptionId() {
        return subscriptionId;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getEventType() {
        return eventType;
    }

    public Long getEventSeq() {
        return eventSeq;
    }

    public int getAttempt() {
        return attempt;
    }

    public DeliveryOutcome getOutcome() {
        return outcome;
    }

    public Integer getResponseStatus() {
        return responseStatus;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public String getError() {
        return error;
    }

    public String getResponseExcerpt() {
        return responseExcerpt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Cursor cursor() {
        return new Cursor(attemptedAt, id);
    }
}
