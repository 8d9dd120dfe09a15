package org.imroc.tracker.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.action.ActionStatus;
import org.imroc.tracker.measure.AssuranceIcon;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.VariationIcon;
import org.imroc.tracker.visit.VisitStatus;

/**
 * The roll-up queries: each counts one kind of record for a whole set of Trusts in one grouped statement, so the
 * figures for one Trust or a page of 200 take the same number of statements however many records there are.
 */
@ApplicationScoped
public class ProgressRepository {

    /** Counts per Trust and per status, phase or decision. */
    public record Counts(Map<UUID, Map<String, Long>> byTrust) {

        public long get(UUID trustId, String key) {
            return byTrust.getOrDefault(trustId, Map.of()).getOrDefault(key, 0L);
        }
    }

    /** The latest progress score recorded on any goal of a Trust. */
    public record LatestScore(BigDecimal score, Instant at) {
    }

    /** The last completed and the next planned visit of a Trust. */
    public record VisitDates(LocalDate lastCompletedOn, LocalDate nextPlannedOn) {
    }

    /** A Trust's measures: how many, and how many show improvement, concern, or cannot meet their target. */
    public record MeasureCounts(long total, long improving, long concern, long failingTarget) {

        static final MeasureCounts NONE = new MeasureCounts(0, 0, 0, 0);
    }

    private final EntityManager em;

    public ProgressRepository(EntityManager em) {
        this.em = em;
    }

    public Counts goalsByStatus(Collection<UUID> trustIds) {
        return counts("select g.trustId, g.status, count(g) from Goal g where g.trustId in :ids "
                + "group by g.trustId, g.status", trustIds);
    }

    public Counts cyclesByPhase(Collection<UUID> trustIds) {
        return counts("select c.trustId, c.phase, count(c) from PdsaCycle c where c.trustId in :ids "
                + "group by c.trustId, c.phase", trustIds);
    }

    public Counts reviewsByDecision(Collection<UUID> trustIds) {
        return counts("select r.trustId, r.decision, count(r) from CycleReview r where r.trustId in :ids "
                + "group by r.trustId, r.decision", trustIds);
    }

    /** Actions per status, plus an "OVERDUE" count: due before today and not DONE or CANCELLED. */
    public Counts actionsByStatus(Collection<UUID> trustIds, LocalDate today) {
        if (trustIds.isEmpty()) {
            return new Counts(Map.of());
        }
        List<Object[]> rows = em.createQuery("select a.trustId, a.status, count(a), "
                        + "sum(case when a.dueOn < :today and a.status not in (:closed) then 1 else 0 end) "
                        + "from Action a where a.trustId in :ids group by a.trustId, a.status", Object[].class)
                .setParameter("ids", trustIds).setParameter("today", today)
                .setParameter("closed", List.of(ActionStatus.DONE, ActionStatus.CANCELLED))
                .getResultList();
        Map<UUID, Map<String, Long>> byTrust = new HashMap<>();
        for (Object[] row : rows) {
            Map<String, Long> counts = byTrust.computeIfAbsent((UUID) row[0], id -> new HashMap<>());
            counts.put(((Enum<?>) row[1]).name(), ((Number) row[2]).longValue());
            counts.merge("OVERDUE", row[3] == null ? 0L : ((Number) row[3]).longValue(), Long::sum);
        }
        return new Counts(byTrust);
    }

    public Map<UUID, LatestScore> latestScores(Collection<UUID> trustIds) {
        Map<UUID, LatestScore> latest = new HashMap<>();
        if (trustIds.isEmpty()) {
            return latest;
        }
        List<Object[]> rows = em.createQuery("select g.trustId, g.latestScore, g.latestScoreAt from Goal g "
                + "where g.trustId in :ids and g.latestScoreAt is not null", Object[].class)
                .setParameter("ids", trustIds).getResultList();
        for (Object[] row : rows) {
            LatestScore score = new LatestScore((BigDecimal) row[1], (Instant) row[2]);
            latest.merge((UUID) row[0], score, (a, b) -> a.at().isAfter(b.at()) ? a : b);
        }
        return latest;
    }

    public Map<UUID, VisitDates> visitDates(Collection<UUID> trustIds, LocalDate today) {
        Map<UUID, VisitDates> dates = new HashMap<>();
        if (trustIds.isEmpty()) {
            return dates;
        }
        List<Object[]> rows = em.createQuery("select v.trustId, "
                        + "max(case when v.status = :completed then v.visitedOn else null end), "
                        + "min(case when v.status = :planned and v.visitedOn >= :today then v.visitedOn else null end) "
                        + "from Visit v where v.trustId in :ids group by v.trustId", Object[].class)
                .setParameter("ids", trustIds).setParameter("today", today)
                .setParameter("completed", VisitStatus.COMPLETED).setParameter("planned", VisitStatus.PLANNED)
                .getResultList();
        for (Object[] row : rows) {
            dates.put((UUID) row[0], new VisitDates((LocalDate) row[1], (LocalDate) row[2]));
        }
        return dates;
    }

    /** Measure counts by what their SPC icons say (kept on each measure as its summary), per Trust. */
    public Map<UUID, MeasureCounts> measureCounts(Collection<UUID> trustIds) {
        Map<UUID, MeasureCounts> counts = new HashMap<>();
        if (trustIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("select m.trustId, count(m), "
                        + "sum(case when m.summary.variationIcon in :improving then 1 else 0 end), "
                        + "sum(case when m.summary.variationIcon in :concern then 1 else 0 end), "
                        + "sum(case when m.summary.assuranceIcon = :fail then 1 else 0 end) "
                        + "from Measure m where m.trustId in :ids group by m.trustId", Object[].class)
                .setParameter("ids", trustIds)
                .setParameter("improving", List.of(VariationIcon.IMPROVEMENT_HIGH, VariationIcon.IMPROVEMENT_LOW))
                .setParameter("concern", List.of(VariationIcon.CONCERN_HIGH, VariationIcon.CONCERN_LOW))
                .setParameter("fail", AssuranceIcon.FAIL)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], new MeasureCounts(number(row[1]), number(row[2]), number(row[3]),
                    number(row[4])));
        }
        return counts;
    }

    /** One Trust's measures with their summaries, oldest first. */
    public List<Measure> measuresOf(UUID trustId) {
        return em.createQuery("from Measure m where m.trustId = :id order by m.createdAt, m.id", Measure.class)
                .setParameter("id", trustId).getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Counts counts(String query, Collection<UUID> trustIds) {
        if (trustIds.isEmpty()) {
            return new Counts(Map.of());
        }
        List<Object[]> rows = em.createQuery(query, Object[].class).setParameter("ids", trustIds).getResultList();
        Map<UUID, Map<String, Long>> byTrust = new HashMap<>();
        for (Object[] row : rows) {
            byTrust.computeIfAbsent((UUID) row[0], id -> new HashMap<>())
                    .put(((Enum<?>) row[1]).name(), ((Number) row[2]).longValue());
        }
        return new Counts(byTrust);
    }
}
