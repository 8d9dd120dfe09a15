package org.imroc.tracker.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.imroc.tracker.cycle.CycleRepository.Milestone;
import org.imroc.tracker.measure.spc.AttributeChart;
import org.imroc.tracker.measure.spc.AttributePoint;
import org.imroc.tracker.measure.spc.AttributeResult;
import org.imroc.tracker.measure.spc.SeriesPoint;
import org.imroc.tracker.measure.spc.SpcChart;
import org.imroc.tracker.measure.spc.XmrChart;
import org.imroc.tracker.measure.spc.XmrResult;

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
        return MeasureSummary.of(analyse(measure, series, points).xmr());
    }

    /**
     * A measure's SPC reading on the chart it chose. {@code attribute} is null for an XmR chart; {@code xmr} is the
     * reading in the XmR chart's shape either way (for an attribute chart, {@link AttributeResult#asXmr()}), which is
     * what the icons, summaries and sentences read.
     */
    public record Reading(XmrResult xmr, AttributeResult attribute) {

        /** The chart the reading is of: the attribute result's, else XMR. */
        public SpcChart chart() {
            return attribute == null ? SpcChart.XMR : attribute.chart();
        }
    }

    /**
     * Analyses {@code points}, made from {@code series} one for one (same order), on the measure's chart: XMR, or the
     * attribute chart a rate chose, from each figure's numerator and denominator. On an attribute chart an incomplete
     * figure is left out of the limits as an excluded one is, unless the settings include incomplete figures.
     */
    public static Reading analyse(Measure measure, List<Observation> series, List<SeriesPoint> points) {
        SpcChart chart = measure.getSettings().chart();
        if (!chart.isAttribute() || measure.getRatio() == null) {
            return new Reading(
                    XmrChart.analyse(
                            points,
                            measure.getImprovementDirection(),
                            measure.getTarget(),
                            measure.getSettings().spc()),
                    null);
        }
        boolean includeIncomplete = measure.getSettings().spc().includeIncomplete();
        List<AttributePoint> figures = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            SeriesPoint p = points.get(i);
            Observation o = series.get(i);
            figures.add(new AttributePoint(
                    p.period(),
                    o.getNumerator(),
                    o.getDenominator(),
                    p.annotation(),
                    p.rebase(),
                    p.excluded() || (p.incomplete() && !includeIncomplete)));
        }
        AttributeResult result = AttributeChart.analyse(
                figures,
                chart,
                measure.getRatio().multiplier(),
                measure.getImprovementDirection(),
                measure.getTarget(),
                measure.getSettings().spc());
        return new Reading(result.asXmr(), result);
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
            return annotation(shown(o), said.isEmpty() ? null : said);
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
                                    point.period(),
                                    point.value(),
                                    point.annotation(),
                                    true,
                                    point.incomplete(),
                                    point.excluded()));
        }
        return points;
    }

    /** What the chart says of a recorded figure: its annotation, and why it is excluded. */
    static String shown(Observation o) {
        if (!o.isExcluded()) {
            return o.getAnnotation();
        }
        String why = "Excluded from the limits: " + o.getExclusionReason();
        return o.getAnnotation() == null ? why : o.getAnnotation() + "; " + why;
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
