package org.imroc.tracker.measure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.imroc.tracker.common.paging.Cursor;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;

/**
 * A measure's observations, always in period order. Pages use the usual opaque cursor, holding the period's first
 * day instead of a creation time: a measure has one observation per period, so the order is total and stable.
 */
@ApplicationScoped
public class ObservationRepository implements TrustOwnedRepository<Observation> {

    /** The whole series, for analysis and summaries: one statement, however long. */
    public List<Observation> series(UUID measureId) {
        return find("measureId = ?1 order by periodStart", measureId).list();
    }

    /**
     * The series of the given measures, by measure and period, in one statement that uses the measure index (for the
     * summary table and the report, which ask for a few thousand rows at a time): read-only, and {@link #forget}
     * lets them go once used.
     */
    public List<Observation> seriesOf(Collection<UUID> measureIds) {
        return find("measureId in ?1 order by measureId, periodStart", measureIds)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }

    /** Takes rows out of the persistence context once they have been used (they are never written). */
    public void forget(List<Observation> rows) {
        rows.forEach(getEntityManager()::detach);
    }

    public List<Observation> page(UUID measureId, PageRequest page) {
        if (page.after() == null) {
            return find("measureId = ?1 order by periodStart, id", measureId)
                    .page(0, page.fetchSize())
                    .list();
        }
        return find(
                        "measureId = ?1 and (periodStart > ?2 or (periodStart = ?2 and id > ?3)) order by periodStart, id",
                        measureId,
                        page.after().createdAt().atZone(ZoneOffset.UTC).toLocalDate(),
                        page.after().id())
                .page(0, page.fetchSize())
                .list();
    }

    /** The position of an observation in {@link #page}'s order. */
    static Cursor cursorOf(Observation observation) {
        return new Cursor(
                observation.getPeriodStart().atStartOfDay(ZoneOffset.UTC).toInstant(), observation.getId());
    }

    /** Those of {@code periods} already recorded, in one statement. */
    public List<Observation> inPeriods(UUID measureId, Collection<String> periods) {
        return find("measureId = ?1 and period in ?2", measureId, periods).list();
    }

    /** How many periods and how many rebases a measure holds. */
    public record Held(long periods, long rebases) {}

    /** What the measure holds, for its limits: one statement. */
    public Held held(UUID measureId) {
        Object[] row = getEntityManager()
                .createQuery(
                        "select count(o), coalesce(sum(case when o.rebase = true then 1 "
                                + "else 0 end), 0) from Observation o where o.measureId = :id",
                        Object[].class)
                .setParameter("id", measureId)
                .getSingleResult();
        return new Held(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public Optional<Observation> inPeriod(UUID measureId, String period) {
        return find("measureId = ?1 and period = ?2", measureId, period).firstResultOptional();
    }

    public boolean anyFor(UUID measureId) {
        return find("measureId = ?1", measureId).firstResultOptional().isPresent();
    }

    public long deleteFor(UUID measureId) {
        return delete("measureId = ?1", measureId);
    }
}
