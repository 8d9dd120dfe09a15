package org.imroc.tracker.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
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

    /** A measure with its Trust's latest change number, which any change to the measure or its series moves on. */
    public record AsOf(Measure measure, long trustSeq) {}

    /**
     * The measure in scope and its Trust's change number (0 for a Trust nothing has been written to through the API
     * yet, such as the demo's), in one statement.
     */
    public Optional<AsOf> findInScopeAsOf(UUID id, TrustScope scope) {
        Where where = new Where().and("m.id = :id", "id", id).scopedTo(scope, "m.trustId");
        var query = getEntityManager()
                .createQuery(
                        "select m, coalesce(v.lastSeq, 0) from Measure m left join TrustVersion v on v.trustId = m.trustId "
                                + "where " + where.query(),
                        Object[].class);
        where.params().forEach(query::setParameter);
        return query.getResultStream().findFirst().map(row -> new AsOf((Measure) row[0], (Long) row[1]));
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
