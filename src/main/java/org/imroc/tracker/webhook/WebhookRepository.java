package org.imroc.tracker.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.Where;

/**
 * Subscriptions, and the sender's bookkeeping on them. The sender writes with its own statements, never through the
 * entity, so an administrator's edit (If-Match on the version) and a delivery never overwrite each other.
 */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    public List<WebhookSubscription> page(Boolean active, PageRequest page) {
        Where where = new Where().and("active = :active", "active", active).after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }

    /** Active subscriptions with an attempt due and no live lease: one statement. */
    List<UUID> dueIds(Instant now, int limit) {
        return getEntityManager()
                .createQuery(
                        "select s.id from WebhookSubscription s where s.active = true"
                                + " and s.nextAttemptAt <= :now and (s.leaseUntil is null or s.leaseUntil < :now)"
                                + " order by s.nextAttemptAt",
                        UUID.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes the subscription for this instance until {@code until}, if it is due and no one else holds it: a single
     * conditional update, so of several instances exactly one wins, on H2 and PostgreSQL alike.
     */
    boolean lease(UUID id, String owner, Instant now, Instant until) {
        return update(
                        "leaseOwner = ?1, leaseUntil = ?2 where id = ?3 and active = true and nextAttemptAt <= ?4"
                                + " and (leaseUntil is null or leaseUntil < ?4)",
                        owner,
                        until,
                        id,
                        now)
                == 1;
    }

    void release(UUID id, String owner) {
        update("leaseOwner = null, leaseUntil = null where id = ?1 and leaseOwner = ?2", id, owner);
    }

    /** Keeps the lease of a subscription this instance holds for longer (a turn that is still sending). */
    boolean renew(UUID id, String owner, Instant until) {
        return update("leaseUntil = ?1 where id = ?2 and leaseOwner = ?3", until, id, owner) == 1;
    }

    /** Every lease this instance holds, given up at once (a graceful stop). */
    int releaseAll(String owner) {
        return update("leaseOwner = null, leaseUntil = null where leaseOwner = ?1", owner);
    }

    /** Handled (delivered, passed over, or parked for a retry) up to {@code seq}. */
    void advance(UUID id, String owner, long seq) {
        update("cursorSeq = ?1 where id = ?2 and leaseOwner = ?3 and cursorSeq < ?1", seq, id, owner);
    }

    /**
     * The subscription's summary of its parked events, and when it is next due: at once while it may take new
     * events, else when its first parked event is.
     */
    void reschedule(UUID id, String owner, List<WebhookRetry> retrying, Instant nextAttemptAt) {
        int attempts = retrying.stream().mapToInt(WebhookRetry::attempts).max().orElse(0);
        Instant failingSince = retrying.stream()
                .map(WebhookRetry::failingSince)
                .min(Instant::compareTo)
                .orElse(null);
        update(
                "retrying = ?1, attempts = ?2, failingSince = ?3, nextAttemptAt = ?4 where id = ?5 and leaseOwner = ?6",
                retrying.size(),
                attempts,
                failingSince,
                nextAttemptAt,
                id,
                owner);
    }

    /** Disabled by the sender (410 Gone, or failing too long): a change an administrator sees, so a new version. */
    void disable(UUID id, String reason) {
        update(
                "active = false, disabledReason = ?1, version = version + 1, updatedAt = ?2 where id = ?3",
                reason,
                Instant.now(),
                id);
    }
}
