package org.imroc.tracker.measure.units;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.measure.Aggregation;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.Observation;
import org.imroc.tracker.measure.Period;
import org.imroc.tracker.measure.breakdown.Parts;
import org.imroc.tracker.unit.Unit;

/**
 * The Trust's series of a measure recorded by UNIT, derived from its units' figures by the measure's aggregation
 * (docs/decisions/0028), never typed twice: per period, SUM adds the values; RATIO_OF_SUMS divides the summed
 * numerators by the summed denominators (× the multiplier); NONE gives no Trust series. A period is incomplete when a
 * unit expected in it did not report: the expected units are those that have reported the measure at least once,
 * from the earlier of their opening and their first figure (a ward registered today may bring years of figures)
 * until they closed. The Trust's point rebases where every unit reporting that period rebased, and carries
 * the units' annotations. Plain Java: the caller reads the rows (one statement) and the units (one more).
 */
public final class UnitSeries {

    /** The most characters of the units' annotations a Trust point carries. */
    static final int MAX_ANNOTATION = 500;

    /** What the aggregation needs to know of a unit: its name and when it was open. */
    public record Span(UUID id, String name, LocalDate openedOn, LocalDate closedOn) {

        static Span of(Unit unit) {
            return new Span(unit.getId(), unit.getName(), unit.getOpenedOn(), unit.getClosedOn());
        }

        /** Whether the unit was open during [start, end], counting it open from {@code firstFigure} if earlier. */
        boolean openDuring(LocalDate start, LocalDate end, LocalDate firstFigure) {
            LocalDate from = openedOn == null || firstFigure.isBefore(openedOn) ? firstFigure : openedOn;
            return !from.isAfter(end) && (closedOn == null || !closedOn.isBefore(start));
        }
    }

    private UnitSeries() {}

    /**
     * @param rows  every unit's figures of the measure, in period order
     * @param units the Trust's units by id (closed ones too)
     * @return the Trust's figures in period order; each incomplete one lists its missing units, by name
     */
    public static List<Observation> trustSeries(Measure measure, List<Observation> rows, Map<UUID, Span> units) {
        if (!measure.isRecordedByUnit() || measure.getAggregation() == Aggregation.NONE || rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, LocalDate> reporting = new HashMap<>();
        Map<String, List<Observation>> byPeriod = new LinkedHashMap<>();
        for (Observation row : rows) {
            reporting.merge(row.getUnitId(), row.getPeriodStart(), (a, b) -> a.isBefore(b) ? a : b);
            byPeriod.computeIfAbsent(row.getPeriod(), p -> new ArrayList<>()).add(row);
        }
        List<Span> expected = reporting.keySet().stream()
                .map(units::get)
                .filter(span -> span != null)
                .sorted(Comparator.comparing(Span::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Observation> series = new ArrayList<>(byPeriod.size());
        for (List<Observation> figures : byPeriod.values()) {
            series.add(trustFigure(measure, figures, expected, units, reporting));
        }
        return series;
    }

    private static Observation trustFigure(
            Measure measure,
            List<Observation> figures,
            List<Span> expected,
            Map<UUID, Span> units,
            Map<UUID, LocalDate> firstFigure) {
        Observation first = figures.get(0);
        Period period = measure.getFrequency().periodOf(first.getPeriodStart());
        LocalDate end = period.next().start().minusDays(1);
        Set<UUID> reported = new LinkedHashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        boolean rebase = true;
        List<String> notes = new ArrayList<>();
        for (Observation figure : figures) {
            reported.add(figure.getUnitId());
            sum = sum.add(figure.getValue());
            if (figure.getNumerator() != null) {
                numerator = numerator.add(figure.getNumerator());
                denominator = denominator.add(figure.getDenominator());
            }
            rebase &= figure.isRebase();
            if (figure.getAnnotation() != null && !figure.getAnnotation().isBlank()) {
                Span unit = units.get(figure.getUnitId());
                notes.add((unit == null ? "" : unit.name() + ": ") + figure.getAnnotation());
            }
        }
        List<UUID> missing = expected.stream()
                .filter(unit -> !reported.contains(unit.id())
                        && unit.openDuring(period.start(), end, firstFigure.get(unit.id())))
                .map(Span::id)
                .toList();
        boolean ratio = measure.getAggregation() == Aggregation.RATIO_OF_SUMS;
        BigDecimal value = ratio ? ratioValue(measure, numerator, denominator) : sum;
        return Observation.derived(
                measure,
                period,
                value,
                ratio ? numerator : null,
                ratio ? denominator : null,
                annotation(notes),
                rebase,
                missing,
                Parts.sum(figures.stream().map(Observation::getParts).toList()));
    }

    private static BigDecimal ratioValue(Measure measure, BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? BigDecimal.ZERO : measure.getRatio().valueOf(numerator, denominator);
    }

    private static String annotation(List<String> notes) {
        if (notes.isEmpty()) {
            return null;
        }
        String joined = String.join("; ", notes);
        return joined.length() <= MAX_ANNOTATION ? joined : joined.substring(0, MAX_ANNOTATION - 1) + "…";
    }
}
