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

    public List<AuditEvent> page(
            TrustScope scope,
            UUID trustId,
            String resourceType,
            UUID resourceId,
            Instant from,
            Instant to,
            PageRequest page) {
        Where where = new Where()
                .scopedTo(scope, "trustId")
                .and("trustId = :trustId", "trustId", trustId)
                .and("resourceType = :resourceType", "resourceType", resourceType)
                .and("resourceId = :resourceId", "resourceId", resourceId)
                .and("createdAt >= :from", "from", from)
                .and("createdAt < :to", "to", to)
                .after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }

    /** The latest position of the change feed (0 before the first change): one statement. */
    public long latestSeq() {
        Long seq = getEntityManager()
                .createQuery("select max(e.seq) from AuditEvent e", Long.class)
                .getSingleResult();
        return seq == null ? 0 : seq;
    }

    /** The event at feed position {@code seq}, or null. */
    public AuditEvent atSeq(long seq) {
        return find("seq", seq).firstResult();
    }

    /** Up to {@code limit} events after {@code seq}, in feed order, of the Trusts given (every Trust when null). */
    public List<AuditEvent> after(long seq, java.util.Set<UUID> trustIds, int limit) {
        if (trustIds != null && trustIds.isEmpty()) {
            return List.of();
        }
        return trustIds == null
                ? find("seq > ?1 order by seq", seq).page(0, limit).list()
                : find("seq > ?1 and trustId in ?2 order by seq", seq, trustIds)
                        .page(0, limit)
                        .list();
    }
}
