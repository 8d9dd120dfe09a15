package org.imroc.tracker.learningset.monthly;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.persistence.Where;

/** Monthly reports, read within a Trust scope: the caller's, or the members' scope a facilitator is given. */
@ApplicationScoped
public class ReportRepository implements TrustOwnedRepository<MonthlyReport> {

    /** The filters of a report list; null means "any". */
    public record Filter(ReportStatus status, UUID trustId, String period) {}

    public List<MonthlyReport> page(UUID setId, TrustScope scope, Filter filter, PageRequest page) {
        Where where = new Where()
                .always("learningSetId = :set", "set", setId)
                .scopedTo(scope, "trustId")
                .and(
                        "status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().stage())
                .and("trustId = :trustId", "trustId", filter.trustId())
                .and("period = :period", "period", filter.period())
                .after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }

    /** Every report of the set within {@code scope}: one statement (due lists and the comparison's scores). */
    public List<MonthlyReport> ofSet(UUID setId, TrustScope scope) {
        Where where = new Where().always("learningSetId = :set", "set", setId).scopedTo(scope, "trustId");
        return find(where.query() + " order by period, createdAt, id", where.params())
                .list();
    }

    public Optional<MonthlyReport> find(UUID setId, UUID trustId, String period) {
        return find("learningSetId = ?1 and trustId = ?2 and period = ?3", setId, trustId, period)
                .firstResultOptional();
    }

    public boolean anyOf(UUID setId) {
        return find("learningSetId", setId).firstResultOptional().isPresent();
    }
}
