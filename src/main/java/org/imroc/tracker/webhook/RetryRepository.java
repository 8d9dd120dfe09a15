package org.imroc.tracker.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events waiting for another attempt, per subscription. */
@ApplicationScoped
public class RetryRepository implements PanacheRepositoryBase<WebhookRetry, WebhookRetry.Key> {

    /** Those due at {@code now}, oldest event first. */
    List<WebhookRetry> due(UUID subscriptionId, Instant now, int limit) {
        return find("key.subscriptionId = ?1 and nextAttemptAt <= ?2 order by key.eventSeq", subscriptionId, now)
                .page(0, limit)
                .list();
    }

    List<WebhookRetry> of(UUID subscriptionId) {
        return list("key.subscriptionId = ?1 order by key.eventSeq", subscriptionId);
    }

    WebhookRetry find(UUID subscriptionId, long seq) {
        return findById(new WebhookRetry.Key(subscriptionId, seq));
    }

    /** The subscription is active again: every parked event is due now and counts its failing time afresh. */
    void restart(UUID subscriptionId, Instant now) {
        update("failingSince = ?1, nextAttemptAt = ?1 where key.subscriptionId = ?2", now, subscriptionId);
    }

    /** An administrator's replay from {@code seq}: the events after it are sent afresh, in order. */
    void forgetAfter(UUID subscriptionId, long seq) {
        delete("key.subscriptionId = ?1 and key.eventSeq > ?2", subscriptionId, seq);
    }
}
