package org.imroc.tracker.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The roll-up summary of a measure whose observations are {@code series} (in period order). */
    static MeasureSummary summary(Measure measure, List<Observation> series) {
        List<SeriesPoint> points = series.stream().map(o -> o.toPoint(null)).toList();
        return MeasureSummary.of(XmrChart.analyse(
                points,
                measure.getImprovementDirection(),
                measure.getTarget(),
                measure.getSettings().spc()));
    }

    /** The points to analyse, with the recorded annotation and the cycles' milestones of each period. */
    public static List<SeriesPoint> points(Measure measure, List<Observation> series, List<Milestone> milestones) {
        Map<String, List<String>> events = cycleEvents(measure.getFrequency(), milestones);
        return series.stream()
                .map(o -> o.toPoint(annotation(o.getAnnotation(), events.get(o.getPeriod()))))
                .toList();
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
