package org.imroc.tracker.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.imroc.tracker.cycle.CycleRepository.Milestone;
import org.imroc.tracker.measure.spc.SeriesPoint;
import org.imroc.tracker.measure.spc.XmrChart;

/**
 * A measure's observations as the series the SPC and run-chart engines read: in period order, each point
 * annotated with what was recorded and with what the goal's PDSA cycles did in that period.
 */
public final class MeasureSeries {

    /** The most missing periods listed: a series with a gap of decades says so without listing each week. */
    public static final int MAX_MISSING = 1000;

    private MeasureSeries() {}

    /**
     * A recalculation of the limits recorded for a measure (measure.rebase's MeasureRebase, read as the series needs
     * it): the first point at or after {@code periodStart} starts a new group. {@code cycleSequence} and
     * {@code cycleTitle} name the PDSA cycle whose adopted change is the reason, when one is named.
     */
    public record Rebase(
            UUID measureId,
            String period,
            LocalDate periodStart,
            String reason,
            UUID cycleId,
            Integer cycleSequence,
            String cycleTitle) {

        /** What the chart's annotation says: "Limits recalculated: reason (PDSA n: title)". */
        String annotation() {
            return "Limits recalculated: " + reason
                    + (cycleSequence == null ? "" : " (PDSA " + cycleSequence + ": " + cycleTitle + ")");
        }
    }

    /**
     * The roll-up summary of a measure whose observations are {@code series} (in period order), with its recorded
     * {@code rebases} (in period order).
     */
    public static MeasureSummary summary(Measure measure, List<Observation> series, List<Rebase> rebases) {
        List<SeriesPoint> points = points(series, rebases, (o, recalculated) -> null);
        return MeasureSummary.of(XmrChart.analyse(
                points,
                measure.getImprovementDirection(),
                measure.getTarget(),
                measure.getSettings().spc()));
    }

    /**
     * The points to analyse, with the recorded annotation, the cycles' milestones of each period and the limits
     * recalculated there. A point starts a new group when its observation says so (its rebase flag) or when a
     * recorded rebase lies after the previous point and at or before it (a rebase in a period with no figure moves
     * to the next figure).
     */
    public static List<SeriesPoint> points(
            Measure measure, List<Observation> series, List<Milestone> milestones, List<Rebase> rebases) {
        Map<String, List<String>> events = cycleEvents(measure.getFrequency(), milestones);
        return points(series, rebases, (o, recalculated) -> {
            List<String> said = new ArrayList<>(events.getOrDefault(o.getPeriod(), List.of()));
            recalculated.forEach(r -> said.add(r.annotation()));
            return annotation(o.getAnnotation(), said.isEmpty() ? null : said);
        });
    }

    /** The series as points, each annotated by {@code annotate} given the recorded rebases that apply to it. */
    private static List<SeriesPoint> points(
            List<Observation> series, List<Rebase> rebases, BiFunction<Observation, List<Rebase>, String> annotate) {
        List<SeriesPoint> points = new ArrayList<>(series.size());
        int next = 0;
        for (int i = 0; i < series.size(); i++) {
            Observation o = series.get(i);
            List<Rebase> here = new ArrayList<>();
            while (next < rebases.size() && !rebases.get(next).periodStart().isAfter(o.getPeriodStart())) {
                if (i > 0) { // before or at the first point: the first point always starts the limits
                    here.add(rebases.get(next));
                }
                next++;
            }
            SeriesPoint point = o.toPoint(annotate.apply(o, here));
            points.add(
                    here.isEmpty() || point.rebase()
                            ? point
                            : new SeriesPoint(
                                    point.period(), point.value(), point.annotation(), true, point.incomplete()));
        }
        return points;
    }

    /**
     * What the goal's cycles did in each period: "PDSA 2 started: Safety huddles" when a cycle's Do began and
     * "PDSA 2 reviewed: ADAPT" when it was reviewed, in cycle order.
     */
    static Map<String, List<String>> cycleEvents(Frequency frequency, List<Milestone> milestones) {
        Map<String, List<String>> events = new LinkedHashMap<>();
        for (Milestone cycle : milestones) {
            if (cycle.doStartedOn() != null) {
                events.computeIfAbsent(frequency.periodOf(cycle.doStartedOn()).label(), p -> new ArrayList<>())
                        .add("PDSA " + cycle.sequence() + " started: " + cycle.title());
            }
            if (cycle.reviewedOn() != null) {
                events.computeIfAbsent(frequency.periodOf(cycle.reviewedOn()).label(), p -> new ArrayList<>())
                        .add("PDSA " + cycle.sequence() + " reviewed"
                                + (cycle.decision() == null ? "" : ": " + cycle.decision()));
            }
        }
        return events;
    }

    /** The recorded annotation and the period's cycle events, joined with "; "; null when there is neither. */
    static String annotation(String recorded, List<String> events) {
        List<String> parts = new ArrayList<>();
        if (recorded != null && !recorded.isBlank()) {
            parts.add(recorded);
        }
        if (events != null) {
            events.stream().filter(e -> !parts.contains(e)).forEach(parts::add);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** The periods between the first and the last observation that have none, in order. */
    public static List<String> missingPeriods(Frequency frequency, List<Observation> series) {
        List<String> missing = new ArrayList<>();
        for (int i = 1; i < series.size(); i++) {
            Period expected =
                    frequency.periodStarting(series.get(i - 1).getPeriodStart()).next();
            while (expected.start().isBefore(series.get(i).getPeriodStart()) && missing.size() < MAX_MISSING) {
                missing.add(expected.label());
                expected = expected.next();
            }
        }
        return missing;
    }
}
