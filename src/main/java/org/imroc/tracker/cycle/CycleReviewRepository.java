package org.imroc.tracker.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.common.persistence.Where;

@ApplicationScoped
public class CycleReviewRepository implements TrustOwnedRepository<CycleReview> {

    public Optional<CycleReview> findByCycle(UUID cycleId) {
        return find("cycleId", cycleId).firstResultOptional();
    }

    public List<CycleReview> page(
            UUID trustId, ReviewDecision decision, LocalDate from, LocalDate to, PageRequest page) {
        Where where = new Where()
                .and("trustId = :trustId", "trustId", trustId)
                .and("decision = :decision", "decision", decision)
                .and("reviewedOn >= :from", "from", from)
                .and("reviewedOn <= :to", "to", to)
                .after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }
}
