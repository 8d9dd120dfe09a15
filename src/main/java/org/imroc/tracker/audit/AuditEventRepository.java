package org.imroc.tracker.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.persistence.Where;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    public List<AuditEvent> page(TrustScope scope, UUID trustId, String resourceType, UUID resourceId, Instant from,
            Instant to, PageRequest page) {
        Where where = new Where()
                .scopedTo(scope, "trustId")
                .and("trustId = :trustId", "trustId", trustId)
                .and("resourceType = :resourceType", "resourceType", resourceType)
                .and("resourceId = :resourceId", "resourceId", resourceId)
                .and("createdAt >= :from", "from", from)
                .and("createdAt < :to", "to", to)
                .after(page);
        return find(where.inCreationOrder(), where.params()).page(0, page.fetchSize()).list();
    }
}
