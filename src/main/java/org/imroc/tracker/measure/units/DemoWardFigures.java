package org.imroc.tracker.measure.units;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.MeasureRatio;
import org.imroc.tracker.measure.MeasureRepository;
import org.imroc.tracker.measure.MeasureSummary;
import org.imroc.tracker.measure.MeasureTemplate;
import org.imroc.tracker.measure.MeasureTemplates;
import org.imroc.tracker.measure.Observation;
import org.imroc.tracker.measure.ObservationRepository;
import org.imroc.tracker.measure.Period;
import org.imroc.tracker.measure.RecordedBy;
import org.imroc.tracker.measure.spc.RunChartSettings;
import org.imroc.tracker.measure.spc.SpcSettings;
import org.imroc.tracker.measure.spc.XmrChart;

/**
 * Demo data (tracker.demo-data only, loaded by the demo feature): Northshire's six wards record restraint episodes per 1,000 occupied bed days and occupied bed days, month by
 * month, for the last 24 months. No Force First started on every ward 12 months ago (a rebase on each ward, so the
 * Trust's series rebases too) and restraint fell; one ward has not reported last month yet, so the Trust's latest
 * figure is incomplete and drawn hollow. The figures are made up (a seeded random walk), never real data.
 */
@ApplicationScoped
public class DemoWardFigures {

    static final int MONTHS = 24;
    static final int NO_FORCE_FIRST_MONTH = 12;

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
                int episodes = (int) Math.round(occupied * perThousand / 1000 + random.nextGaussian() * 1.3);
                boolean rebase = month == NO_FORCE_FIRST_MONTH;
                Observation r = new Observation(restraint, wards.get(w), period, "demo");
                r.record(
                        restraint
                                .getRatio()
                                .valueOf(BigDecimal.valueOf(Math.max(0, episodes)), BigDecimal.valueOf(occupied)),
                        BigDecimal.valueOf(Math.max(0, episodes)),
                        BigDecimal.valueOf(occupied),
                        rebase ? "No Force First started on the ward" : null,
                        rebase);
                Observation b = new Observation(bedDays, wards.get(w), period, "demo");
                b.record(BigDecimal.valueOf(occupied), null, null, null, false);
                rows.add(r);
                rows.add(b);
            }
        }
        observations.persist(rows);
        observations.flush();
        for (Measure m : List.of(restraint, bedDays)) {
            m.summarise(MeasureSummary.of(XmrChart.analyse(
                    series.trustSeries(m).stream().map(o -> o.toPoint(null)).toList(),
                    m.getImprovementDirection(),
                    m.getTarget(),
                    m.getSettings().spc())));
        }
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
