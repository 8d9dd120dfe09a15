package org.imroc.tracker.measure.units;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.MeasureRatio;
import org.imroc.tracker.measure.MeasureRepository;
import org.imroc.tracker.measure.MeasureSeries;
import org.imroc.tracker.measure.MeasureSummary;
import org.imroc.tracker.measure.MeasureTemplate;
import org.imroc.tracker.measure.MeasureTemplates;
import org.imroc.tracker.measure.Observation;
import org.imroc.tracker.measure.ObservationRepository;
import org.imroc.tracker.measure.Period;
import org.imroc.tracker.measure.RecordedBy;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.breakdown.Part;
import org.imroc.tracker.measure.breakdown.Parts;
import org.imroc.tracker.measure.spc.RunChartSettings;
import org.imroc.tracker.measure.spc.SpcSettings;
import org.imroc.tracker.measure.spc.XmrChart;

/**
 * Demo data (tracker.demo-data only, loaded by the demo feature): Northshire's six wards record restraint episodes per 1,000 occupied bed days and occupied bed days, month by
 * month, for the last 24 months. No Force First started on every ward 12 months ago (a rebase on each ward, so the
 * Trust's series rebases too) and restraint fell; one ward has not reported last month yet, so the Trust's latest
 * figure is incomplete and drawn hollow. Restraint is broken down by ethnic group: before No Force First, Black
 * patients were restrained about 3.5 times as often per bed day as White patients; after it (the PDSA cycle that
 * launched it included culturally informed de-escalation), about 1.5 times, so the disparity narrows. The figures
 * are made up (a seeded random walk), never real data.
 */
@ApplicationScoped
public class DemoWardFigures {

    static final int MONTHS = 24;
    static final int NO_FORCE_FIRST_MONTH = 12;

    /** Each group's share of a ward's bed days, and how often it is restrained relative to White patients. */
    private static final List<String> GROUPS =
            List.of("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "NOT_STATED_OR_KNOWN");

    private static final double[] BED_DAY_SHARE = {0.74, 0.03, 0.07, 0.13, 0.02, 0.01};
    private static final double[] RELATIVE_RATE_BEFORE = {1.0, 1.6, 0.9, 3.5, 1.0, 1.0};
    private static final double[] RELATIVE_RATE_AFTER = {1.0, 1.2, 0.9, 1.5, 1.0, 1.0};

    private final MeasureTemplates templates;
    private final MeasureRepository measures;
    private final ObservationRepository observations;
    private final SeriesReader series;

    public DemoWardFigures(
            MeasureTemplates templates,
            MeasureRepository measures,
            ObservationRepository observations,
            SeriesReader series) {
        this.templates = templates;
        this.measures = measures;
        this.observations = observations;
        this.series = series;
    }

    /** Creates the two ward-level measures of the Trust and its wards' figures (in the caller's transaction). */
    public void load(UUID trustId, List<UUID> wards) {
        Measure restraint = measure(trustId, "restraint-rate");
        restraint.breakDownBy(List.of(Breakdown.ETHNIC_GROUP));
        Measure bedDays = measure(trustId, "occupied-bed-days");
        Random random = new Random(23);
        Period first = restraint.getFrequency().periodOf(LocalDate.now().minusMonths(MONTHS));
        List<Observation> rows = new ArrayList<>();
        for (int w = 0; w < wards.size(); w++) {
            Period period = first;
            for (int month = 0; month < MONTHS; month++, period = period.next()) {
                boolean lastMonthMissing = month == MONTHS - 1 && w == wards.size() - 1;
                if (lastMonthMissing) {
                    continue;
                }
                int occupied = 480 + random.nextInt(60);
                double perThousand = month < NO_FORCE_FIRST_MONTH ? 9.0 : 5.5;
                int episodes =
                        Math.max(0, (int) Math.round(occupied * perThousand / 1000 + random.nextGaussian() * 1.3));
                boolean rebase = month == NO_FORCE_FIRST_MONTH;
                Observation r = new Observation(restraint, wards.get(w), period, "demo");
                r.record(
                        restraint.getRatio().valueOf(BigDecimal.valueOf(episodes), BigDecimal.valueOf(occupied)),
                        BigDecimal.valueOf(episodes),
                        BigDecimal.valueOf(occupied),
                        rebase ? "No Force First started on the ward" : null,
                        rebase,
                        byEthnicGroup(
                                random,
                                episodes,
                                occupied,
                                month < NO_FORCE_FIRST_MONTH ? RELATIVE_RATE_BEFORE : RELATIVE_RATE_AFTER));
                Observation b = new Observation(bedDays, wards.get(w), period, "demo");
                b.record(BigDecimal.valueOf(occupied), null, null, null, false);
                rows.add(r);
                rows.add(b);
            }
        }
        observations.persist(rows);
        observations.flush();
        for (Measure m : List.of(restraint, bedDays)) {
            List<Observation> trust = series.trustSeries(m);
            m.summarise(MeasureSummary.of(MeasureSeries.analyse(
                            m, trust, trust.stream().map(o -> o.toPoint(null)).toList())
                    .xmr()));
        }
    }

    /**
     * A ward-month's episodes and bed days split by ethnic group so that they add up exactly: bed days by share (the
     * rounding remainder to White), each episode to a group drawn with weight share × relative rate.
     */
    private static Parts byEthnicGroup(Random random, int episodes, int occupied, double[] relativeRate) {
        int[] days = new int[GROUPS.size()];
        int[] events = new int[GROUPS.size()];
        double[] weight = new double[GROUPS.size()];
        double total = 0;
        int assigned = 0;
        for (int g = 1; g < GROUPS.size(); g++) {
            days[g] = (int) Math.round(occupied * BED_DAY_SHARE[g]);
            assigned += days[g];
        }
        days[0] = occupied - assigned;
        for (int g = 0; g < GROUPS.size(); g++) {
            weight[g] = BED_DAY_SHARE[g] * relativeRate[g];
            total += weight[g];
        }
        for (int e = 0; e < episodes; e++) {
            double pick = random.nextDouble() * total;
            int g = 0;
            while (g < GROUPS.size() - 1 && pick >= weight[g]) {
                pick -= weight[g];
                g++;
            }
            events[g]++;
        }
        List<Part> parts = new ArrayList<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            parts.add(new Part(GROUPS.get(g), BigDecimal.valueOf(events[g]), BigDecimal.valueOf(days[g])));
        }
        return Parts.of(Map.of(Breakdown.ETHNIC_GROUP, parts));
    }

    private Measure measure(UUID trustId, String code) {
        MeasureTemplate t = templates.find(code).orElseThrow();
        Measure m = new Measure(trustId, code);
        m.define(
                t.name(),
                t.type(),
                t.definition(),
                t.unit(),
                t.improvementDirection(),
                null,
                t.frequency(),
                t.isRatio() ? new MeasureRatio(t.multiplier(), t.numeratorLabel(), t.denominatorLabel()) : null,
                false);
        m.recordBy(RecordedBy.UNIT, null, false);
        m.link(null, t.challengeNumber());
        m.configure(new org.imroc.tracker.measure.AnalysisSettings(SpcSettings.DEFAULT, RunChartSettings.DEFAULT));
        m.summarise(
                MeasureSummary.of(XmrChart.analyse(List.of(), m.getImprovementDirection(), null, SpcSettings.DEFAULT)));
        measures.persist(m);
        return m;
    }
}
