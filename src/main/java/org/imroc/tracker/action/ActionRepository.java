package org.imroc.tracker.action;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.common.persistence.Where;

@ApplicationScoped
public class ActionRepository implements TrustOwnedRepository<Action> {

    /** The filters of an action list; null means "any". */
    public record Filter(ActionStatus status, String owner, Boolean overdue, UUID goalId, UUID cycleId,
            Integer challenge, LocalDate dueBefore) {
    }

    public List<Action> page(UUID trustId, Filter filter, LocalDate today, PageRequest page) {
        Where where = new Where()
                .and("trustId = :trustId", "trustId", trustId)
                .and("status = :status", "status", filter.status())
                .and("lower(owner) = :owner", "owner", filter.owner() == null ? null : filter.owner().trim().toLowerCase())
                .and("goalId = :goalId", "goalId", filter.goalId())
                .and("cycleId = :cycleId", "cycleId", filter.cycleId())
                .and("challengeNumber = :challenge", "challenge", filter.challenge())
                .and("dueOn < :dueBefore", "dueBefore", filter.dueBefore());
        List<ActionStatus> closed = List.of(ActionStatus.DONE, ActionStatus.CANCELLED);
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.always("dueOn < :today and status not in (:closed)", "today", today, "closed", closed);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            where.always("(dueOn >= :today or status in (:closed))", "today", today, "closed", closed);
        }
        where.after(page);
        return find(where.inCreationOrder(), where.params()).page(0, page.fetchSize()).list();
    }
}
