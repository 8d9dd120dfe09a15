package org.imroc.tracker.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.VariationIcon;

/**
 * The roll-up queries. Every figure of every kind of record, for a whole set of Trusts, comes from one grouped
 * statement (a UNION ALL of one grouped SELECT per kind), so the figures for one Trust or a page of 200 take the
 * same statements however many records there are.
 */
@ApplicationScoped
public class RollupRepository {

    /** Counts per Trust and per status, phase or decision. */
    public record Counts(Map<UUID, Map<String, Long>> byTrust) {

        public long get(UUID trustId, String key) {
            return byTrust.getOrDefault(trustId, Map.of()).getOrDefault(key, 0L);
        }
    }

    /** The latest progress score recorded on any goal of a Trust. */
    public record LatestScore(BigDecimal score, Instant at) {}

    /** The last completed and the next planned visit of a Trust. */
    public record VisitDates(LocalDate lastCompletedOn, LocalDate nextPlannedOn) {}

    /** A Trust's measures: how many, and how many show improvement, concern, or cannot meet their target. */
    public record MeasureCounts(long total, long improving, long concern, long failingTarget) {

        static final MeasureCounts NONE = new MeasureCounts(0, 0, 0, 0);
    }

    /** Everything {@link #figures} reads, per Trust. */
    public record Figures(
            Counts goals,
            Counts cycles,
            Counts reviews,
            Counts actions,
            Map<UUID, LatestScore> scores,
            Map<UUID, VisitDates> visits,
            Map<UUID, MeasureCounts> measures) {}

    private static final String FIGURES = """
            select trust_id, 'goal' as figure, status as figure_key, count(*) as figure_count, cast(null as numeric(21, 6)) as score,
                   cast(null as timestamp(6) with time zone) as scored_at, cast(null as date) as visit_day
              from goals where trust_id in (:ids) group by trust_id, status
            union all select trust_id, 'cycle', phase, count(*), null, null, null
              from pdsa_cycles where trust_id in (:ids) group by trust_id, phase
            union all select trust_id, 'review', decision, count(*), null, null, null
              from cycle_reviews where trust_id in (:ids) group by trust_id, decision
            union all select trust_id, 'action', status, count(*), null, null, null
              from actions where trust_id in (:ids) group by trust_id, status
            union all select trust_id, 'action', 'OVERDUE', count(*), null, null, null
              from actions where trust_id in (:ids) and due_on < :today and status not in ('DONE', 'CANCELLED')
              group by trust_id
            union all select trust_id, 'score', null, 0, latest_score, latest_score_at, null
              from goals where trust_id in (:ids) and latest_score_at is not null
            union all select trust_id, 'visit-completed', null, 0, null, null, max(visited_on)
              from visits where trust_id in (:ids) and status = 'COMPLETED' group by trust_id
            union all select trust_id, 'visit-planned', null, 0, null, null, min(visited_on)
              from visits where trust_id in (:ids) and status = 'PLANNED' and visited_on >= :today group by trust_id
            union all select trust_id, 'variation', summary_variation_icon, count(*), null, null, null
              from measures where trust_id in (:ids) group by trust_id, summary_variation_icon
            union all select trust_id, 'assurance', summary_assurance_icon, count(*), null, null, null
              from measures where trust_id in (:ids) and summary_assurance_icon = 'FAIL' group by trust_id,
                   summary_assurance_icon
            """;

    private final EntityManager em;

    public RollupRepository(EntityManager em) {
        this.em = em;
    }

    /** Every roll-up figure of these Trusts, in one statement; {@code today} decides what is overdue or next. */
    @SuppressWarnings("unchecked")
    public Figures figures(Collection<UUID> trustIds, LocalDate today) {
        Map<String, Map<UUID, Map<String, Long>>> counts = new HashMap<>();
        Map<UUID, LatestScore> scores = new HashMap<>();
        Map<UUID, LocalDate> completed = new HashMap<>();
        Map<UUID, LocalDate> planned = new HashMap<>();
        if (!trustIds.isEmpty()) {
            List<Object[]> rows = em.createNativeQuery(FIGURES)
                    .setParameter("ids", trustIds)
                    .setParameter("today", today)
                    .getResultList();
            for (Object[] row : rows) {
                UUID trust = uuid(row[0]);
                String kind = row[1].toString().strip();
                switch (kind) {
                    case "score" ->
                        scores.merge(
                                trust,
                                new LatestScore((BigDecimal) row[4], instant(row[5])),
                                (a, b) -> a.at().isAfter(b.at()) ? a : b);
                    case "visit-completed" -> completed.put(trust, date(row[6]));
                    case "visit-planned" -> planned.put(trust, date(row[6]));
                    default ->
                        counts.computeIfAbsent(kind, k -> new HashMap<>())
                                .computeIfAbsent(trust, t -> new HashMap<>())
                                .put(row[2] == null ? "NONE" : row[2].toString(), ((Number) row[3]).longValue());
                }
            }
        }
        Map<UUID, VisitDates> visits = new HashMap<>();
        for (UUID trust : trustIds) {
            if (completed.containsKey(trust) || planned.containsKey(trust)) {
                visits.put(trust, new VisitDates(completed.get(trust), planned.get(trust)));
            }
        }
        return new Figures(
                counts("goal", counts),
                counts("cycle", counts),
                counts("review", counts),
                counts("action", counts),
                scores,
                visits,
                measureCounts(counts));
    }

    /** One Trust's measures with their summaries, oldest first. */
    public List<Measure> measuresOf(UUID trustId) {
        return em.createQuery("from Measure m where m.trustId = :id order by m.createdAt, m.id", Measure.class)
                .setParameter("id", trustId)
                .getResultList();
    }

    private static Counts counts(String kind, Map<String, Map<UUID, Map<String, Long>>> counts) {
        return new Counts(counts.getOrDefault(kind, Map.of()));
    }

    private static Map<UUID, MeasureCounts> measureCounts(Map<String, Map<UUID, Map<String, Long>>> counts) {
        Map<UUID, MeasureCounts> result = new HashMap<>();
        Map<UUID, Map<String, Long>> assurance = counts.getOrDefault("assurance", Map.of());
        counts.getOrDefault("variation", Map.of()).forEach((trust, icons) -> {
            long total = icons.values().stream().mapToLong(Long::longValue).sum();
            long improving = icons.getOrDefault(VariationIcon.IMPROVEMENT_HIGH.name(), 0L)
                    + icons.getOrDefault(VariationIcon.IMPROVEMENT_LOW.name(), 0L);
            long concern = icons.getOrDefault(VariationIcon.CONCERN_HIGH.name(), 0L)
                    + icons.getOrDefault(VariationIcon.CONCERN_LOW.name(), 0L);
            long failing = assurance.getOrDefault(trust, Map.of()).getOrDefault(AssuranceIcon.FAIL.name(), 0L);
            result.put(trust, new MeasureCounts(total, improving, concern, failing));
        });
        return result;
    }

    /** A UUID as the driver gives it in a native query (PostgreSQL: UUID; H2: 16 bytes). */
    private static UUID uuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not an instant: " + value.getClass());
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value.getClass());
    }
}
