package org.imroc.tracker.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.persistence.Where;

@ApplicationScoped
public class MeasureRepository implements TrustOwnedRepository<Measure> {

    /** The filters of a Trust's measure list; null = any. */
    public record Filter(MeasureType type, UUID goalId, Integer challengeNumber, String templateCode) {}

    public List<Measure> page(UUID trustId, Filter filter, PageRequest page) {
        Where where = new Where()
                .and("trustId = :trustId", "trustId", trustId)
                .and("type = :type", "type", filter.type())
                .and("goalId = :goalId", "goalId", filter.goalId())
                .and("challengeNumber = :challenge", "challenge", filter.challengeNumber())
                .and("templateCode = :template", "template", filter.templateCode())
                .after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }

    /**
     * The measure, locked until the transaction ends, for a write to its series: writes to one measure's
     * observations take turns, so each recomputes the summary from the series as the previous one left it.
     */
    public Optional<Measure> findInScopeForWrite(UUID id, TrustScope scope) {
        Where where = new Where().and("id = :id", "id", id).scopedTo(scope, "trustId");
        return find(where.query(), where.params())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * A measure with its Trust's latest change number, which any change to the measure, its series or its rebases moves
     * on, and its rebases (measure.rebase's MeasureRebase, in period order, with their cycles' numbers and titles).
     */
    public record AsOf(Measure measure, long trustSeq, List<MeasureSeries.Rebase> rebases) {}

    /** What a query selects after its own columns to read the rebases joined as {@link #REBASES_JOINED}. */
    private static final String REBASE_COLUMNS = "r.period, r.periodStart, r.reason, r.cycleId, c.sequence, c.title";

    /** The measure's rebases (measure.rebase's MeasureRebase) and their cycles, joined to {@code m}. */
    private static final String REBASES_JOINED =
            " left join MeasureRebase r on r.measureId = m.id and r.trustId = m.trustId "
                    + "left join PdsaCycle c on c.id = r.cycleId and c.trustId = m.trustId ";

    /**
     * The measure in scope, its Trust's change number (0 for a Trust nothing has been written to through the API yet,
     * such as the demo's) and its rebases (at most 100), in one statement: one row per rebase, or one for none.
     */
    public Optional<AsOf> findInScopeAsOf(UUID id, TrustScope scope) {
        Where where = new Where().and("m.id = :id", "id", id).scopedTo(scope, "m.trustId");
        var query = getEntityManager()
                .createQuery(
                        "select m, coalesce(v.lastSeq, 0), " + REBASE_COLUMNS
                                + " from Measure m left join TrustVersion v on v.trustId = m.trustId" + REBASES_JOINED
                                + "where " + where.query() + " order by r.periodStart",
                        Object[].class);
        where.params().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Measure measure = (Measure) rows.get(0)[0];
        List<MeasureSeries.Rebase> rebases = new ArrayList<>();
        rows.forEach(row -> rebaseOf(measure, row, 2).ifPresent(rebases::add));
        return Optional.of(new AsOf(measure, (Long) rows.get(0)[1], rebases));
    }

    /** A Trust's measures, oldest first, with the rebases of each (in period order). */
    public record WithRebases(List<Measure> measures, Map<UUID, List<MeasureSeries.Rebase>> rebases) {}

    /** As {@link #ofTrust}, with each measure's rebases, in one statement. */
    public WithRebases ofTrustWithRebases(UUID trustId) {
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select m, " + REBASE_COLUMNS + " from Measure m" + REBASES_JOINED
                                + "where m.trustId = :trust order by m.createdAt, m.id, r.periodStart",
                        Object[].class)
                .setParameter("trust", trustId)
                .getResultList();
        Map<UUID, Measure> measures = new LinkedHashMap<>();
        Map<UUID, List<MeasureSeries.Rebase>> rebases = new HashMap<>();
        for (Object[] row : rows) {
            Measure measure = (Measure) row[0];
            measures.putIfAbsent(measure.getId(), measure);
            rebaseOf(measure, row, 1)
                    .ifPresent(r -> rebases.computeIfAbsent(measure.getId(), k -> new ArrayList<>())
                            .add(r));
        }
        return new WithRebases(List.copyOf(measures.values()), rebases);
    }

    /** The rebase in {@code row} from column {@code from} on ({@link #REBASE_COLUMNS}); none for a measure without. */
    private static Optional<MeasureSeries.Rebase> rebaseOf(Measure measure, Object[] row, int from) {
        if (row[from] == null) {
            return Optional.empty();
        }
        return Optional.of(new MeasureSeries.Rebase(
                measure.getId(),
                (String) row[from],
                (LocalDate) row[from + 1],
                (String) row[from + 2],
                (UUID) row[from + 3],
                (Integer) row[from + 4],
                (String) row[from + 5]));
    }

    /** A Trust's measures, oldest first (at most {@link Measure#MAX_PER_TRUST}). */
    /** Moves the measure's series change number on (see {@link Measure#getSeriesSeq}), in the caller's transaction. */
    public void seriesChanged(UUID measureId) {
        update("seriesSeq = seriesSeq + 1 where id = ?1", measureId);
    }

    public List<Measure> ofTrust(UUID trustId) {
        return find("trustId = ?1 order by createdAt, id", trustId).list();
    }

    public long countOfTrust(UUID trustId) {
        return count("trustId", trustId);
    }
}
