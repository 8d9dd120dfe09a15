package org.imroc.tracker.action;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.persistence.Where;
import org.imroc.tracker.unit.UnitRecords;

@ApplicationScoped
public class ActionRepository implements TrustOwnedRepository<Action>, UnitRecords {

    @Override
    public long countOnUnit(UUID unitId) {
        return count("unitId", unitId);
    }

    @Override
    public String label(long count) {
        return count + (count == 1 ? " action" : " actions");
    }

    /** The filters of an action list; null means "any" ({@code unitIds}: the units an action may be on). */
    public record Filter(
            ActionStatus status,
            String owner,
            Boolean overdue,
            UUID goalId,
            UUID cycleId,
            Integer challenge,
            LocalDate dueBefore,
            UUID visitId,
            Set<UUID> unitIds) {

        /** The same filters, on these units (null for any). */
        public Filter onUnits(Set<UUID> ids) {
            return new Filter(status, owner, overdue, goalId, cycleId, challenge, dueBefore, visitId, ids);
        }
    }

    /** The ids of the actions agreed at each of these visits, in one statement. */
    public Map<UUID, List<UUID>> idsByVisit(Collection<UUID> visitIds) {
        if (visitIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select a.visitId, a.id from Action a where a.visitId in :ids order by a.createdAt, a.id",
                        Object[].class)
                .setParameter("ids", visitIds)
                .getResultList();
        Map<UUID, List<UUID>> byVisit = new HashMap<>();
        for (Object[] row : rows) {
            byVisit.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((UUID) row[1]);
        }
        return byVisit;
    }

    /**
     * The actions made from commitments at these learning-set sessions, of the Trusts in {@code scope} (the set's
     * members the caller may read), oldest first: one statement.
     */
    public List<Action> ofSessions(Collection<UUID> sessionIds, TrustScope scope) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        Where where = new Where()
                .always("sessionId in :sessions", "sessions", sessionIds)
                .scopedTo(scope, "trustId");
        return find(where.inCreationOrder(), where.params()).list();
    }

    public boolean anyOfSession(UUID sessionId) {
        return find("sessionId", sessionId).firstResultOptional().isPresent();
    }

    public List<Action> page(UUID trustId, Filter filter, LocalDate today, PageRequest page) {
        Where where = new Where()
                .and("trustId = :trustId", "trustId", trustId)
                .and("status = :status", "status", filter.status())
                .and(
                        "lower(owner) = :owner",
                        "owner",
                        filter.owner() == null ? null : filter.owner().trim().toLowerCase())
                .and("goalId = :goalId", "goalId", filter.goalId())
                .and("cycleId = :cycleId", "cycleId", filter.cycleId())
                .and("visitId = :visitId", "visitId", filter.visitId())
                .and("unitId in :unitIds", "unitIds", filter.unitIds())
                .and("challengeNumber = :challenge", "challenge", filter.challenge())
                .and("dueOn < :dueBefore", "dueBefore", filter.dueBefore());
        List<ActionStatus> closed = List.of(ActionStatus.DONE, ActionStatus.CANCELLED);
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.always("dueOn < :today and status not in (:closed)", "today", today, "closed", closed);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            where.always("(dueOn >= :today or status in (:closed))", "today", today, "closed", closed);
        }
        where.after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }
}
