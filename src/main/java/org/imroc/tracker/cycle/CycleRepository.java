package org.imroc.tracker.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.common.persistence.Where;
import org.imroc.tracker.unit.UnitRecords;

@ApplicationScoped
public class CycleRepository implements TrustOwnedRepository<PdsaCycle>, UnitRecords {

    @Override
    public long countOnUnit(UUID unitId) {
        return count("unitId", unitId);
    }

    @Override
    public String label(long count) {
        return count + (count == 1 ? " PDSA cycle" : " PDSA cycles");
    }

    /**
     * When a goal's cycle began its Do phase and when it was reviewed, with the decision: what a measure's chart
     * annotates, so a reader sees which change was being tested when the data moved. Either date may be null. {@code cycleId} is what a suggested rebase of the
     * chart cites (an adopted change).
     */
    public record Milestone(
            UUID goalId,
            int sequence,
            String title,
            LocalDate doStartedOn,
            LocalDate reviewedOn,
            ReviewDecision decision,
            UUID cycleId) {}

    /**
     * A page of cycles; their questions come in one more statement for the whole page (batch fetch). {@code unitIds}
     * (null for any) are the units a cycle may be on.
     */
    public List<PdsaCycle> page(
            UUID trustId, UUID goalId, CyclePhase phase, Integer challenge, Set<UUID> unitIds, PageRequest page) {
        Where where = new Where()
                .and("trustId = :trustId", "trustId", trustId)
                .and("goalId = :goalId", "goalId", goalId)
                .and("phase = :phase", "phase", phase)
                .and("unitId in :unitIds", "unitIds", unitIds)
                .and("goalId in (select g.id from Goal g where g.challengeNumber = :challenge)", "challenge", challenge)
                .after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }

    public int nextSequence(UUID goalId) {
        Integer max = find("select max(c.sequence) from PdsaCycle c where c.goalId = ?1", goalId)
                .project(Integer.class)
                .firstResult();
        return max == null ? 1 : max + 1;
    }

    /** The Do starts and reviews of a goal's cycles, in sequence order, in one statement. */
    public List<Milestone> milestones(UUID goalId) {
        return getEntityManager()
                .createQuery(
                        "select new org.imroc.tracker.cycle.CycleRepository$Milestone(c.goalId, c.sequence, "
                                + "c.title, c.doRecord.startedOn, r.reviewedOn, r.decision, c.id) from PdsaCycle c "
                                + "left join CycleReview r on r.cycleId = c.id where c.goalId = :goal order by c.sequence",
                        Milestone.class)
                .setParameter("goal", goalId)
                .getResultList();
    }

    /** A cycle as a report lists it: its goal, number, title and phase, when its Do began, and its review. */
    public record ReportLine(
            UUID goalId,
            int sequence,
            String title,
            CyclePhase phase,
            LocalDate doStartedOn,
            LocalDate reviewedOn,
            ReviewDecision decision) {}

    /**
     * A Trust's cycles with something since {@code since}: created, started (Do) or reviewed on or after it, by goal
     * and sequence, in one statement.
     */
    public List<ReportLine> reportLines(UUID trustId, LocalDate since) {
        return getEntityManager()
                .createQuery(
                        "select new org.imroc.tracker.cycle.CycleRepository$ReportLine("
                                + "c.goalId, c.sequence, c.title, c.phase, c.doRecord.startedOn, r.reviewedOn, r.decision) "
                                + "from PdsaCycle c left join CycleReview r on r.cycleId = c.id where c.trustId = :trust and "
                                + "(c.createdAt >= :sinceInstant or c.doRecord.startedOn >= :since or r.reviewedOn >= :since) "
                                + "order by c.goalId, c.sequence",
                        ReportLine.class)
                .setParameter("trust", trustId)
                .setParameter("since", since)
                .setParameter(
                        "sinceInstant",
                        since.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                .getResultList();
    }

    /** The milestones of every goal of a Trust, by goal and sequence, in one statement (for its report). */
    public List<Milestone> milestonesOfTrust(UUID trustId) {
        return getEntityManager()
                .createQuery(
                        "select new org.imroc.tracker.cycle.CycleRepository$Milestone(c.goalId, "
                                + "c.sequence, c.title, c.doRecord.startedOn, r.reviewedOn, r.decision, c.id) from PdsaCycle c "
                                + "left join CycleReview r on r.cycleId = c.id where c.trustId = :trust order by c.goalId, c.sequence",
                        Milestone.class)
                .setParameter("trust", trustId)
                .getResultList();
    }
}
