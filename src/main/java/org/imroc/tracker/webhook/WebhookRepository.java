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
        return find(where.inCreationOrder(), where.params()).page(0, page.fetchSize()).list();
    }

    /** Active subscriptions with an attempt due and no live lease: one statement. */
    List<UUID> dueIds(Instant now, int limit) {
        return getEntityManager().createQuery("select s.id from WebhookSubscription s where s.active = true"
                + " and s.nextAttemptAt <= :now and (s.leaseUntil is null or s.leaseUntil < :now)"
                + " order by s.nextAttemptAt", UUID.class).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes the subscription for this instance until {@code until}, if it is due and no one else holds it: a single
     * conditional update, so of several instances exactly one wins, on H2 and PostgreSQL alike.
     */
    boolean lease(UUID id, String owner, Instant now, Instant until) {
        return update("leaseOwner = ?1, leaseUntil = ?2 where id = ?3 and active = true and nextAttemptAt <= ?4"
                + " and (leaseUntil is null or leaseUntil < ?4)", owner, until, id, now) == 1;
    }

    void release(UUID id, String owner) {
        update("leaseOwner = null, leaseUntil = null where id = ?1 and leaseOwner = ?2", id, owner);
    }

    /** Delivered (or passed over) up to {@code seq}: the next event is attempted afresh. */
    void advance(UUID id, String owner, long seq, Instant now) {
        update("cursorSeq = ?1, attempts = 0, failingSince = null, nextAttemptAt = ?2 where id = ?3 and leaseOwner = ?4"
                + " and cursorSeq < ?1", seq, now, id, owner);
    }

    void retryAt(UUID id, String owner, int attempts, Instant failingSince, Instant next) {
        update("attempts = ?1, failingSince = ?2, nextAttemptAt = ?3 where id = ?4 and leaseOwner = ?5", attempts,
                failingSince, next, id, owner);
    }

    /** Disabled by the sender (410 Gone, or failing too long): a change an administrator sees, so a new version. */
    void disable(UUID id, String reason) {
        update("active = false, disabledReason = ?1, version = version + 1, updatedAt = ?2 where id = ?3", reason,
                Instant.now(), id);
    }
}
