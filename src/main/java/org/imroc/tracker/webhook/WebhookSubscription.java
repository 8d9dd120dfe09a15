package org.imroc.tracker.webhook;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.imroc.tracker.common.persistence.TrackedEntity;

/**
 * An integration's subscription to the change feed, delivered by HTTP POST. Its position in the feed
 * ({@code cursorSeq}) moves only past events delivered (a 2xx) or not meant for it, so every committed change is
 * delivered at least once, in feed order. Only changed columns are written ({@link DynamicUpdate}): an edit by an
 * administrator never rewinds the sender's bookkeeping, which it writes with its own statements.
 */
@Entity
@Table(name = "webhook_subscriptions")
@DynamicUpdate
public class WebhookSubscription extends TrackedEntity {

    /** The event type every subscription may ask for: all of them. */
    public static final String ALL = "*";

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(length = 500)
    private String description;

    @Column(name = "event_types", nullable = false, length = 2000)
    private String eventTypes = ALL;

    @Column(name = "all_trusts", nullable = false)
    private boolean allTrusts;

    @ElementCollection
    @CollectionTable(name = "webhook_subscription_trusts", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "trust_id", nullable = false)
    @BatchSize(size = 100)
    private Set<UUID> trustIds = new HashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "disabled_reason", length = 500)
    private String disabledReason;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "previous_secret", length = 100)
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Column(name = "cursor_seq", nullable = false)
    private long cursorSeq;

    /** The most attempts any parked event has had ({@link WebhookRetry}; kept by the sender). */
    @Column(nullable = false)
    private int attempts;

    /** How many events are parked for a retry (kept by the sender). */
    @Column(nullable = false)
    private int retrying;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "failing_since")
    private Instant failingSince;

    /** Written only by the sender's own statements ({@link WebhookRepository#lease}). */
    @Column(name = "lease_owner", length = 64)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    protected WebhookSubscription() {}

    /** A new subscription, starting after the feed's latest event: it is told about changes from now on. */
    public WebhookSubscription(String secret, long feedPosition) {
        this.secret = secret;
        this.cursorSeq = feedPosition;
        this.nextAttemptAt = now();
    }

    public void describe(
            String url, String description, List<String> eventTypes, boolean allTrusts, Set<UUID> trustIds) {
        this.url = url;
        this.description = description;
        this.eventTypes = String.join(",", new LinkedHashSet<>(eventTypes.isEmpty() ? List.of(ALL) : eventTypes));
        this.allTrusts = allTrusts;
        if (!this.trustIds.equals(trustIds)) {
            this.trustIds.clear();
            this.trustIds.addAll(allTrusts ? Set.of() : trustIds);
        }
    }

    /** Active again (an administrator's decision): true when it was not, and deliveries are due at once. */
    public boolean enable() {
        if (active) {
            return false;
        }
        active = true;
        disabledReason = null;
        nextAttemptAt = now();
        return true;
    }

    public void disable(String reason) {
        active = false;
        disabledReason = reason;
    }

    /** Deliveries start again after this feed position (an administrator's replay). */
    public void replayAfter(long seq) {
        cursorSeq = seq;
        nextAttemptAt = now();
    }

    /** A new signing secret; the old one also signs until {@code overlapUntil}, so receivers switch at leisure. */
    public void rotate(String newSecret, Instant overlapUntil) {
        previousSecret = secret;
        previousSecretUntil = overlapUntil;
        secret = newSecret;
    }

    /** The secrets that sign a message sent at {@code at}: the current one, and the previous during the overlap. */
    public List<String> signingSecrets(Instant at) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && at.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    /** Whether an event of this type ("action.created") is one the subscription asked for. */
    public boolean wants(String resourceType, String kind) {
        for (String wanted : getEventTypes()) {
            if (wanted.equals(ALL) || wanted.equals(resourceType) || wanted.equals(resourceType + "." + kind)) {
                return true;
            }
        }
        return false;
    }

    public String getUrl() {
        return url;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getEventTypes() {
        return List.of(eventTypes.split(","));
    }

    public boolean isAllTrusts() {
        return allTrusts;
    }

    public Set<UUID> getTrustIds() {
        return Set.copyOf(trustIds);
    }

    public boolean isActive() {
        return active;
    }

    public String getDisabledReason() {
        return disabledReason;
    }

    public long getCursorSeq() {
        return cursorSeq;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getRetrying() {
        return retrying;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getFailingSince() {
        return failingSince;
    }

    public Instant getPreviousSecretUntil() {
        return previousSecretUntil;
    }
}
