package org.imroc.tracker.measure.units;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.MeasureSeries;
import org.imroc.tracker.measure.MeasureSummary;
import org.imroc.tracker.measure.Observation;
import org.imroc.tracker.measure.ObservationRepository;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.SeriesPoint;
import org.imroc.tracker.measure.spc.VariationIcon;
import org.imroc.tracker.measure.spc.XmrResult;
import org.imroc.tracker.unit.Unit;
import org.imroc.tracker.unit.UnitRepository;

/**
 * Every unit's XmR analysis of measures recorded by unit, for the small multiples, the roll-up and the report: two
 * statements however many measures, units and periods (the figures, then the Trusts' units). Units come in the
 * tree's order, by name under each parent: never ranked (Making Data Count advises against league tables).
 */
@ApplicationScoped
public class UnitLines {

    /** One unit's line of a measure recorded by unit: its latest figure and Making Data Count's icons for its series. */
    @Schema(name = "MeasureUnitLine")
    public record Line(
            @Schema(required = true) UUID unitId,
            @Schema(maxLength = 200) String name,

            @Schema(description = "False once the unit has closed (its history stays)", required = true)
            boolean open,

            @Schema(minimum = "0", maximum = "100000", required = true)
            int points,

            @Schema(maxLength = 8) String latestPeriod,
            BigDecimal latestValue,
            VariationIcon variationIcon,

            @Schema(description = "Null without a target or with a NEUTRAL direction")
            AssuranceIcon assuranceIcon,

            @Schema(description = "The latest limits rest on fewer than 13 points")
            Boolean limitsAreTrial) {

        static Line of(UnitSeries.Span unit, MeasureSummary s) {
            return new Line(
                    unit.id(),
                    unit.name(),
                    unit.closedOn() == null,
                    s.points(),
                    s.latestPeriod(),
                    Decimals.plain(s.latestValue()),
                    s.variationIcon(),
                    s.assuranceIcon(),
                    s.trialLimits());
        }
    }

    /** One unit's series of a measure and its analysis. */
    public record Analysed(UnitSeries.Span unit, List<SeriesPoint> points, XmrResult result) {

        public Line line() {
            return Line.of(unit, MeasureSummary.of(result));
        }
    }

    private final ObservationRepository observations;
    private final UnitRepository units;

    public UnitLines(ObservationRepository observations, UnitRepository units) {
        this.observations = observations;
        this.units = units;
    }

    /** The units' analyses of each measure recorded by unit (others are skipped), by measure id. */
    public Map<UUID, List<Analysed>> of(Collection<Measure> measures) {
        List<Measure> byUnit =
                measures.stream().filter(Measure::isRecordedByUnit).toList();
        Map<UUID, List<Analysed>> result = new HashMap<>();
        if (byUnit.isEmpty()) {
            return result;
        }
        Map<UUID, Map<UUID, List<Observation>>> rows = new HashMap<>();
        for (Observation o :
                observations.unitRowsOf(byUnit.stream().map(Measure::getId).toList())) {
            rows.computeIfAbsent(o.getMeasureId(), m -> new HashMap<>())
                    .computeIfAbsent(o.getUnitId(), u -> new ArrayList<>())
                    .add(o);
        }
        List<Unit> all = units.ofTrusts(
                byUnit.stream().map(Measure::getTrustId).distinct().toList());
        List<Unit> ordered = treeOrder(all);
        for (Measure m : byUnit) {
            Map<UUID, List<Observation>> ofMeasure = rows.getOrDefault(m.getId(), Map.of());
            List<Analysed> lines = new ArrayList<>();
            for (Unit u : ordered) {
                List<Observation> series = ofMeasure.get(u.getId());
                if (series != null) {
                    List<SeriesPoint> points = series.stream()
                            .map(o -> o.toPoint(o.getAnnotation()))
                            .toList();
                    lines.add(new Analysed(
                            UnitSeries.Span.of(u),
                            points,
                            MeasureSeries.analyse(m, series, points).xmr()));
                }
            }
            result.put(m.getId(), lines);
        }
        return result;
    }

    /** Units depth first from the roots, by name (case-insensitive) under each parent. */
    static List<Unit> treeOrder(List<Unit> units) {
        Map<UUID, List<Unit>> children = new LinkedHashMap<>();
        Map<UUID, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.getId(), u));
        for (Unit u : units) {
            UUID parent = u.getParentId() != null && byId.containsKey(u.getParentId()) ? u.getParentId() : null;
            children.computeIfAbsent(parent, p -> new ArrayList<>()).add(u);
        }
        Comparator<Unit> byName = Comparator.comparing(Unit::getName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Unit::getTrustId)
                .thenComparing(Unit::getId);
        children.values().forEach(list -> list.sort(byName));
        List<Unit> ordered = new ArrayList<>(units.size());
        visit(null, children, ordered);
        return ordered;
    }

    private static void visit(UUID parent, Map<UUID, List<Unit>> children, List<Unit> ordered) {
        for (Unit child : children.getOrDefault(parent, List.of())) {
            ordered.add(child);
            visit(child.getId(), children, ordered);
        }
    }
}
