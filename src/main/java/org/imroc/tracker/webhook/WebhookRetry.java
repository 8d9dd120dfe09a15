package org.imroc.tracker.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event a subscription's receiver did not take (no 2xx), waiting for its next attempt. Each such event is retried
 * on its own schedule, so a receiver that rejects one message still gets the ones after it; the sender parks at
 * most {@link WebhookDispatcher#MAX_RETRYING} per subscription before it stops taking new ones.
 */
@Entity
@Table(name = "webhook_retries")
public class WebhookRetry {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "failing_since", nullable = false)
    private Instant failingSince;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    protected WebhookRetry() {}

    /** The first attempt at event {@code seq} failed at {@code now}; the next is due at {@code next}. */
    WebhookRetry(UUID subscriptionId, long seq, Instant now, Instant next) {
        this.key = new Key(subscriptionId, seq);
        this.attempts = 1;
        this.failingSince = now;
        this.nextAttemptAt = next;
    }

    /** Another attempt failed; the next is due at {@code next}. */
    void failedAgain(Instant next) {
        attempts++;
        nextAttemptAt = next;
    }

    /** Failing for longer than {@code limit}: the subscription gives up. */
    boolean failingLongerThan(Duration limit, Instant now) {
        return !now.isBefore(failingSince.plus(limit));
    }

    /** An administrator turned the subscription back on: the wait and the failing time start again now. */
    void restart(Instant now) {
        failingSince = now;
        nextAttemptAt = now;
    }

    long seq() {
        return key.eventSeq;
    }

    int attempts() {
        return attempts;
    }

    Instant failingSince() {
        return failingSince;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** A subscription and an event of the change feed. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "subscription_id", nullable = false)
        private UUID subscriptionId;

        @Column(name = "event_seq", nullable = false)
        private long eventSeq;

        protected Key() {}

        Key(UUID subscriptionId, long eventSeq) {
            this.subscriptionId = subscriptionId;
            this.eventSeq = eventSeq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && subscriptionId.equals(other.subscriptionId) && eventSeq == other.eventSeq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(subscriptionId, eventSeq);
        }
    }
}
