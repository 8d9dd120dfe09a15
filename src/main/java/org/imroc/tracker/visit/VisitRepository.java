package org.imroc.tracker.visit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.action.ActionVisits;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.persistence.Where;
import org.imroc.tracker.unit.UnitRecords;

@ApplicationScoped
public class VisitRepository implements TrustOwnedRepository<Visit>, ActionVisits, UnitRecords {

    @Override
    public long countOnUnit(UUID unitId) {
        return count("unitId", unitId);
    }

    @Override
    public String label(long count) {
        return count + (count == 1 ? " visit" : " visits");
    }

    @Override
    public void requireVisitOf(UUID visitId, UUID trustId) {
        requireOfTrust(visitId, trustId, "visitId", "must be a visit to the same Trust");
    }

    /** The filters of a visit list; null means "any" ({@code unitIds}: the units a visit may be on). */
    public record Filter(
            UUID trustId,
            VisitType type,
            VisitStatus status,
            UUID consultantId,
            LocalDate from,
            LocalDate to,
            Set<UUID> unitIds) {

        /** The same filters, on these units (null for any). */
        public Filter onUnits(Set<UUID> ids) {
            return new Filter(trustId, type, status, consultantId, from, to, ids);
        }
    }

    /** A page of visits in the caller's scope; attendees come in one more statement for the whole page. */
    public List<Visit> page(TrustScope scope, Filter filter, PageRequest page) {
        Where where = new Where()
                .scopedTo(scope, "trustId")
                .and("trustId = :trustId", "trustId", filter.trustId())
                .and("type = :type", "type", filter.type())
                .and("status = :status", "status", filter.status())
                .and("consultantId = :consultantId", "consultantId", filter.consultantId())
                .and("visitedOn >= :from", "from", filter.from())
                .and("visitedOn <= :to", "to", filter.to())
                .and("unitId in :unitIds", "unitIds", filter.unitIds())
                .after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }
}
