package org.imroc.tracker.measure.units;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.Observation;
import org.imroc.tracker.measure.ObservationRepository;
import org.imroc.tracker.unit.Unit;
import org.imroc.tracker.unit.UnitRepository;

/**
 * The series a measure's analyses read: for a measure recorded by the TRUST its own figures; for one recorded by
 * UNIT, the Trust's series derived from every unit's figures ({@link UnitSeries}), or one unit's. A fixed number of
 * statements whatever the number of units: the figures in one, the Trust's units in one more.
 */
@ApplicationScoped
public class SeriesReader {

    private final ObservationRepository observations;
    private final UnitRepository units;

    public SeriesReader(ObservationRepository observations, UnitRepository units) {
        this.observations = observations;
        this.units = units;
    }

    /** The Trust's series of the measure, in period order. */
    public List<Observation> trustSeries(Measure measure) {
        List<Observation> rows = observations.series(measure.getId());
        return measure.isRecordedByUnit() ? UnitSeries.trustSeries(measure, rows, spans(measure.getTrustId())) : rows;
    }

    /**
     * The Trust's series of each measure, from rows already read ({@link ObservationRepository#seriesOf}); the units
     * of every Trust with a UNIT measure among them in one statement (none without).
     */
    public Map<UUID, List<Observation>> trustSeriesOf(Collection<Measure> measures, List<Observation> rows) {
        Map<UUID, List<Observation>> byMeasure =
                rows.stream().collect(Collectors.groupingBy(Observation::getMeasureId));
        Set<UUID> trusts = measures.stream()
                .filter(Measure::isRecordedByUnit)
                .map(Measure::getTrustId)
                .collect(Collectors.toSet());
        Map<UUID, UnitSeries.Span> spans = trusts.isEmpty() ? Map.of() : spansOf(units.ofTrusts(trusts));
        Map<UUID, List<Observation>> series = new HashMap<>();
        for (Measure m : measures) {
            List<Observation> own = byMeasure.getOrDefault(m.getId(), List.of());
            series.put(m.getId(), m.isRecordedByUnit() ? UnitSeries.trustSeries(m, own, spans) : own);
        }
        return series;
    }

    /** A series as read, with the Trust's units it names (empty for a TRUST measure). */
    public record Read(List<Observation> series, Map<UUID, UnitSeries.Span> units) {}

    /**
     * The Trust's series ({@code unitId} null) or one unit's, with the Trust's units: two statements for a UNIT
     * measure, one for a TRUST one. A unit series is asked only of a UNIT measure, of one of its Trust's units (422).
     */
    public Read read(Measure measure, UUID unitId) {
        if (!measure.isRecordedByUnit()) {
            if (unitId != null) {
                throw ApiException.invalid("unitId", "the measure is recorded by the Trust: it has no unit series");
            }
            return new Read(observations.series(measure.getId()), Map.of());
        }
        Map<UUID, UnitSeries.Span> spans = spans(measure.getTrustId());
        if (unitId == null) {
            return new Read(UnitSeries.trustSeries(measure, observations.series(measure.getId()), spans), spans);
        }
        if (!spans.containsKey(unitId)) {
            throw ApiException.invalid("unitId", "no such unit in this Trust");
        }
        return new Read(observations.unitSeries(measure.getId(), unitId), spans);
    }

    /** One unit's series of a measure recorded by unit, in period order. */
    public List<Observation> unitSeries(Measure measure, UUID unitId) {
        return observations.unitSeries(measure.getId(), unitId);
    }

    /** The Trust's units (closed ones too), as the aggregation needs them: one statement. */
    public Map<UUID, UnitSeries.Span> spans(UUID trustId) {
        return spansOf(units.ofTrust(trustId));
    }

    public static Map<UUID, UnitSeries.Span> spansOf(List<Unit> units) {
        Map<UUID, UnitSeries.Span> spans = new HashMap<>();
        for (Unit u : units) {
            spans.put(u.getId(), UnitSeries.Span.of(u));
        }
        return spans;
    }
}
