package org.imroc.tracker.measure.rebase;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.common.paging.Cursor;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.measure.MeasureSeries;

/**
 * A measure's rebases, always with the measure's Trust in the query (the measure was found in the caller's scope;
 * the Trust is asked again so that no read crosses Trusts). Ordered by period, like the observations.
 */
@ApplicationScoped
public class MeasureRebaseRepository implements TrustOwnedRepository<MeasureRebase> {

    private static final String AS_SERIES = "select new org.imroc.tracker.measure.MeasureSeries$Rebase(r.measureId, "
            + "r.period, r.periodStart, r.reason, r.cycleId, c.sequence, c.title) from MeasureRebase r "
            + "left join PdsaCycle c on c.id = r.cycleId and c.trustId = r.trustId ";

    /** The measure's rebases as its series reads them, with their cycles' numbers and titles, in one statement. */
    public List<MeasureSeries.Rebase> ofSeries(UUID measureId, UUID trustId) {
        return getEntityManager()
                .createQuery(
                        AS_SERIES + "where r.measureId = :measure and r.trustId = :trust order by r.periodStart",
                        MeasureSeries.Rebase.class)
                .setParameter("measure", measureId)
                .setParameter("trust", trustId)
                .getResultList();
    }

    /** A page of the measure's rebases in period order. */
    public List<MeasureRebase> page(UUID measureId, UUID trustId, PageRequest page) {
        if (page.after() == null) {
            return find("measureId = ?1 and trustId = ?2 order by periodStart, id", measureId, trustId)
                    .page(0, page.fetchSize())
                    .list();
        }
        return find(
                        "measureId = ?1 and trustId = ?2 and (periodStart > ?3 or (periodStart = ?3 and id > ?4)) "
                                + "order by periodStart, id",
                        measureId,
                        trustId,
                        page.after().createdAt().atZone(ZoneOffset.UTC).toLocalDate(),
                        page.after().id())
                .page(0, page.fetchSize())
                .list();
    }

    /** The position of a rebase in {@link #page}'s order. */
    static Cursor cursorOf(MeasureRebase rebase) {
        return new Cursor(rebase.getPeriodStart().atStartOfDay(ZoneOffset.UTC).toInstant(), rebase.getId());
    }

    public Optional<MeasureRebase> inPeriod(UUID measureId, UUID trustId, String period) {
        return find("measureId = ?1 and trustId = ?2 and period = ?3", measureId, trustId, period)
                .firstResultOptional();
    }

    public long countOf(UUID measureId, UUID trustId) {
        return count("measureId = ?1 and trustId = ?2", measureId, trustId);
    }

    /** The first day of the measure's first recorded period, any unit's; null when nothing is recorded. */
    public LocalDate firstPeriodStart(UUID measureId, UUID trustId) {
        return getEntityManager()
                .createQuery(
                        "select min(o.periodStart) from Observation o where o.measureId = :measure "
                                + "and o.trustId = :trust",
                        LocalDate.class)
                .setParameter("measure", measureId)
                .setParameter("trust", trustId)
                .getSingleResult();
    }

    /** Removes a measure's rebases (with the measure). */
    public long deleteFor(UUID measureId, UUID trustId) {
        return delete("measureId = ?1 and trustId = ?2", measureId, trustId);
    }
}
