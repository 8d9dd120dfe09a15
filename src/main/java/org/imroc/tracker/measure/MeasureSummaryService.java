package org.imroc.tracker.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.http.Tagged;
import org.imroc.tracker.common.svg.SvgRenderer;
import org.imroc.tracker.cycle.CycleRepository;
import org.imroc.tracker.cycle.CycleRepository.Milestone;
import org.imroc.tracker.trust.Trust;
import org.imroc.tracker.trust.TrustRepository;

/**
 * Making Data Count's summary icon table for a Trust, computed from every series with the same engine as each
 * measure's chart, in a fixed number of statements (the Trust, its measures, all their observations), as JSON, CSV
 * or SVG. Also draws every chart of a Trust for its report.
 */
@ApplicationScoped
public class MeasureSummaryService {

    private final MeasureRepository measures;
    private final ObservationRepository observations;
    private final CycleRepository cycles;
    private final TrustRepository trusts;
    private final CurrentCaller caller;
    private final RepresentationTags tags;
    private final SvgRenderer svg;

    public MeasureSummaryService(MeasureRepository measures, ObservationRepository observations,
            CycleRepository cycles, TrustRepository trusts, CurrentCaller caller, RepresentationTags tags,
            SvgRenderer svg) {
        this.measures = measures;
        this.observations = observations;
        this.cycles = cycles;
        this.trusts = trusts;
        this.caller = caller;
        this.tags = tags;
        this.svg = svg;
    }

    /** A Trust's measure table and charts, drawn, for its report. */
    public record Drawings(String table, List<String> charts) {
    }

    @Transactional
    public Tagged<MeasureSummaryTable> summary(UUID trustId) {
        trusts.requireKnown(trustId, caller.scope());
        MeasureSummaryTable body = new MeasureSummaryTable(trustId,
                analyse(trustId, List.of()).stream().map(a -> MeasureSummaryRow.of(a.measure(), a.result())).toList());
        return new Tagged<>(body, tags.of(body));
    }

    @Transactional
    public Tagged<String> summarySvg(UUID trustId) {
        Tagged<MeasureSummaryTable> table = summary(trustId);
        String name = trustName(trustId);
        return new Tagged<>(svg.render(MeasureSummaryChart.draw(name, table.body().items())),
                tags.of(List.of("svg", table.body(), name)));
    }

    @Transactional
    public String summaryCsv(UUID trustId) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(bytes);
        csv.row(List.of("measureId", "name", "type", "unit", "improvementDirection", "frequency", "points",
                "latestPeriod", "latestValue", "target", "variationIcon", "assuranceIcon", "mean", "upl", "lpl",
                "limitsAreTrial", "tooFewPoints"));
        for (MeasureSummaryRow r : summary(trustId).body().items()) {
            csv.row(Arrays.asList(r.measureId(), r.name(), r.type(), r.unit(), r.improvementDirection(),
                    r.frequency(), r.points(), r.latestPeriod(), r.latestValue(), r.target(), r.variationIcon(),
                    r.assuranceIcon(), r.mean(), r.upl(), r.lpl(), r.limitsAreTrial(), r.tooFewPoints()));
        }
        csv.flush();
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** How many years of each series a report draws (the limits are those of the whole series). */
    static final int REPORT_YEARS = 2;

    /**
     * The summary table and every measure's XmR chart (width {@code width}), for a report: each chart shows the last
     * {@link #REPORT_YEARS} years, what a board reads on A4, so a report's size does not grow with the series.
     */
    @Transactional
    public Drawings drawings(UUID trustId, int width) {
        trusts.requireKnown(trustId, caller.scope());
        List<Analysed> analysed = analyse(trustId, cycles.milestonesOfTrust(trustId));
        String table = svg.render(MeasureSummaryChart.draw(trustName(trustId),
                analysed.stream().map(a -> MeasureSummaryRow.of(a.measure(), a.result())).toList()));
        List<String> charts = new ArrayList<>();
        for (Analysed a : analysed) {
            if (a.result().n() > 0) {
                SpcResponse body = SpcResponse.of(a.measure(), MeasureSeries.missingPeriods(
                        a.measure().getFrequency(), a.series()), a.result());
                Frequency frequency = a.measure().getFrequency();
                Period latest = frequency.parse(a.result().points().get(a.result().points().size() - 1).period())
                        .orElseThrow();
                String from = frequency.periodOf(latest.start().minusYears(REPORT_YEARS)).next().label();
                charts.add(svg.render(MeasureChart.spc(a.measure(), body,
                        ChartOptions.of(width, 360, from, null, frequency))));
            }
        }
        return new Drawings(table, charts);
    }

    private record Analysed(Measure measure, List<Observation> series, XmrResult result) {
    }

    /** Every measure of the Trust analysed; {@code milestones} (of any of its goals) annotate the points. */
    private List<Analysed> analyse(UUID trustId, List<Milestone> milestones) {
        Map<UUID, List<Observation>> byMeasure = observations.seriesOfTrust(trustId).stream()
                .collect(Collectors.groupingBy(Observation::getMeasureId));
        Map<UUID, List<Milestone>> byGoal = milestones.stream().collect(Collectors.groupingBy(Milestone::goalId));
        List<Analysed> result = new ArrayList<>();
        for (Measure m : measures.ofTrust(trustId)) {
            List<Observation> series = byMeasure.getOrDefault(m.getId(), List.of());
            List<SeriesPoint> points = MeasureSeries.points(m, series,
                    m.getGoalId() == null ? List.of() : byGoal.getOrDefault(m.getGoalId(), List.of()));
            result.add(new Analysed(m, series, XmrChart.analyse(points, m.getImprovementDirection(), m.getTarget(),
                    m.getSettings().spc())));
        }
        return result;
    }

    private String trustName(UUID trustId) {
        return trusts.findByIdOptional(trustId).map(Trust::getName).orElse("");
    }
}
