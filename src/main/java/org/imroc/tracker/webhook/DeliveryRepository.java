package org.imroc.tracker.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;

/** The delivery log, newest last, paged like every list. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    public List<WebhookDelivery> page(UUID subscriptionId, DeliveryOutcome outcome, PageRequest page) {
        StringBuilder query = new StringBuilder("subscriptionId = :sub");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("sub", subscriptionId);
        if (outcome != null) {
            query.append(" and outcome = :outcome");
            params.put("outcome", outcome);
        }
        if (page.after() != null) {
            query.append(" and (attemptedAt > :afterAt or (attemptedAt = :afterAt and id > :afterId))");
            params.put("afterAt", page.after().createdAt());
            params.put("afterId", page.after().id());
        }
        return find(query + " order by attemptedAt, id", params)
                .page(0, page.fetchSize())
                .list();
    }
}
