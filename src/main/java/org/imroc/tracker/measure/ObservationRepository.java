package org.imroc.tracker.measure;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.imroc.tracker.common.paging.Cursor;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.unit.UnitRecords;

/**
 * A measure's observations, always in period order. Pages use the usual opaque cursor, holding the period's first
 * day instead of a creation time: a measure has one observation per period, so the order is total and stable.
 */
@ApplicationScoped
public class ObservationRepository implements TrustOwnedRepository<Observation>, UnitRecords {

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

    /** Every unit's figures of the given measures, by measure, unit and period, in one statement (read-only). */
    public List<Observation> unitRowsOf(Collection<UUID> measureIds) {
        return find("measureId in ?1 and unitId is not null order by measureId, unitId, periodStart", measureIds)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }

    /** Takes rows out of the persistence context once they have been used (they are never written). */
    public void forget(List<Observation> rows) {
        rows.forEach(getEntityManager()::detach);
    }

    /** One unit's series of a measure recorded by unit: one statement. */
    public List<Observation> unitSeries(UUID measureId, UUID unitId) {
        return find("measureId = ?1 and unitId = ?2 order by periodStart", measureId, unitId)
                .list();
    }

    /** A page of the measure's figures, every unit's or (with {@code unitId}) one unit's. */
    public List<Observation> page(UUID measureId, UUID unitId, PageRequest page) {
        String unit = unitId == null ? "" : " and unitId = :unit";
        Parameters params = Parameters.with("measure", measureId);
        if (unitId != null) {
            params = params.and("unit", unitId);
        }
        if (page.after() == null) {
            return find("measureId = :measure" + unit + " order by periodStart, id", params)
                    .page(0, page.fetchSize())
                    .list();
        }
        return find(
                        "measureId = :measure" + unit
                                + " and (periodStart > :start or (periodStart = :start and id > :id))"
                                + " order by periodStart, id",
                        params.and(
                                        "start",
                                        page.after()
                                                .createdAt()
                                                .atZone(ZoneOffset.UTC)
                                                .toLocalDate())
                                .and("id", page.after().id()))
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

    /** How many periods and how many rebases a series holds. */
    public record Held(long periods, long rebases) {

        public static final Held NOTHING = new Held(0, 0);
    }

    /**
     * What each series of the measure holds, for its limits, by series (the measure's own id for the Trust's
     * figures, the unit's id for a unit's): one statement.
     */
    public Map<UUID, Held> held(UUID measureId) {
        Map<UUID, Held> held = new HashMap<>();
        for (Object[] row : getEntityManager()
                .createQuery(
                        "select o.seriesKey, count(o), coalesce(sum(case when o.rebase = true then 1 else 0 end), 0) "
                                + "from Observation o where o.measureId = :id group by o.seriesKey",
                        Object[].class)
                .setParameter("id", measureId)
                .getResultList()) {
            held.put((UUID) row[0], new Held(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return held;
    }

    /** The figure of a period: the Trust's ({@code unitId} null) or one unit's. */
    public Optional<Observation> inPeriod(UUID measureId, UUID unitId, String period) {
        return unitId == null
                ? find("measureId = ?1 and unitId is null and period = ?2", measureId, period)
                        .firstResultOptional()
                : find("measureId = ?1 and unitId = ?2 and period = ?3", measureId, unitId, period)
                        .firstResultOptional();
    }

    @Override
    public long countOnUnit(UUID unitId) {
        return count("unitId", unitId);
    }

    @Override
    public String label(long count) {
        return count + (count == 1 ? " measure figure" : " measure figures");
    }

    /** The first period (of any series) of the measure whose numerator exceeds its denominator, if any. */
    public Optional<String> firstAboveDenominator(UUID measureId) {
        return find("measureId = ?1 and numerator > denominator order by periodStart", measureId)
                .firstResultOptional()
                .map(Observation::getPeriod);
    }

    public boolean anyFor(UUID measureId) {
        return find("measureId = ?1", measureId).firstResultOptional().isPresent();
    }

    public long deleteFor(UUID measureId) {
        return delete("measureId = ?1", measureId);
    }
}
