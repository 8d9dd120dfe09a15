package org.imroc.tracker.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    public MeasureSummaryService(
            MeasureRepository measures,
            ObservationRepository observations,
            CycleRepository cycles,
            TrustRepository trusts,
            CurrentCaller caller,
            RepresentationTags tags,
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
    public record Drawings(String table, List<String> charts) {}

    @Transactional
    public Tagged<MeasureSummaryTable> summary(UUID trustId) {
        trusts.requireKnown(trustId, caller.scope());
        MeasureSummaryTable body = new MeasureSummaryTable(
                trustId, analyse(trustId, List.of(), a -> MeasureSummaryRow.of(a.measure(), a.result())));
        return new Tagged<>(body, tags.of(body));
    }

    @Transactional
    public Tagged<String> summarySvg(UUID trustId) {
        Tagged<MeasureSummaryTable> table = summary(trustId);
        String name = trustName(trustId);
        return new Tagged<>(
                svg.render(MeasureSummaryChart.draw(name, table.body().items())),
                tags.of(List.of("svg", table.body(), name)));
    }

    @Transactional
    public String summaryCsv(UUID trustId) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(bytes);
        csv.row(List.of(
                "measureId",
                "name",
                "type",
                "unit",
                "improvementDirection",
                "frequency",
                "points",
                "latestPeriod",
                "latestValue",
                "target",
                "variationIcon",
                "assuranceIcon",
                "mean",
                "upl",
                "lpl",
                "limitsAreTrial",
                "tooFewPoints"));
        for (MeasureSummaryRow r : summary(trustId).body().items()) {
            csv.row(Arrays.asList(
                    r.measureId(),
                    r.name(),
                    r.type(),
                    r.unit(),
                    r.improvementDirection(),
                    r.frequency(),
                    r.points(),
                    r.latestPeriod(),
                    r.latestValue(),
                    r.target(),
                    r.variationIcon(),
                    r.assuranceIcon(),
                    r.mean(),
                    r.upl(),
                    r.lpl(),
                    r.limitsAreTrial(),
                    r.tooFewPoints()));
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
        List<Drawn> drawn = analyse(
                trustId,
                cycles.milestonesOfTrust(trustId),
                a -> new Drawn(
                        MeasureSummaryRow.of(a.measure(), a.result()),
                        a.result().n() > 0 ? chart(a, width) : null));
        String table = svg.render(MeasureSummaryChart.draw(
                trustName(trustId), drawn.stream().map(Drawn::row).toList()));
        return new Drawings(
                table, drawn.stream().map(Drawn::chart).filter(Objects::nonNull).toList());
    }

    /** The measure's XmR chart over the last {@link #REPORT_YEARS} years. */
    private String chart(Analysed a, int width) {
        SpcResponse body = SpcResponse.of(
                a.measure(), MeasureSeries.missingPeriods(a.measure().getFrequency(), a.series()), a.result());
        Frequency frequency = a.measure().getFrequency();
        Period latest = frequency
                .parse(a.result().points().get(a.result().points().size() - 1).period())
                .orElseThrow();
        String from = frequency
                .periodOf(latest.start().minusYears(REPORT_YEARS))
                .next()
                .label();
        return svg.render(MeasureChart.spc(a.measure(), body, ChartOptions.of(width, 360, from, null, frequency)));
    }

    private record Analysed(Measure measure, List<Observation> series, XmrResult result) {}

    private record Drawn(MeasureSummaryRow row, String chart) {}

    /**
     * Every measure of the Trust analysed, in the order of {@link MeasureRepository#ofTrust}, each turned by
     * {@code keep} into what the caller needs while its series is at hand. The series are read in one statement as
     * a stream and let go measure by measure, so memory holds one series (and what is kept), not the Trust's
     * every observation. {@code milestones} (of any of its goals) annotate the points.
     */
    private <T> List<T> analyse(UUID trustId, List<Milestone> milestones, Function<Analysed, T> keep) {
        Map<UUID, List<Milestone>> byGoal = milestones.stream().collect(Collectors.groupingBy(Milestone::goalId));
        List<Measure> all = measures.ofTrust(trustId);
        Map<UUID, Measure> byId = new HashMap<>();
        all.forEach(m -> byId.put(m.getId(), m));
        Map<UUID, T> kept = new HashMap<>();
        Consumer<List<Observation>> done = series -> {
            Measure m = byId.get(series.get(0).getMeasureId());
            if (m != null) {
                kept.put(m.getId(), keep.apply(analysed(m, series, byGoal)));
            }
            observations.forget(series);
        };
        try (Stream<Observation> rows = observations.streamOfTrust(trustId)) {
            List<Observation> series = new ArrayList<>();
            for (Iterator<Observation> it = rows.iterator(); it.hasNext(); ) {
                Observation row = it.next();
                if (!series.isEmpty() && !series.get(0).getMeasureId().equals(row.getMeasureId())) {
                    done.accept(series);
                    series = new ArrayList<>();
                }
                series.add(row);
            }
            if (!series.isEmpty()) {
                done.accept(series);
            }
        }
        return all.stream()
                .map(m -> kept.computeIfAbsent(m.getId(), id -> keep.apply(analysed(m, List.of(), byGoal))))
                .toList();
    }

    private static Analysed analysed(Measure m, List<Observation> series, Map<UUID, List<Milestone>> byGoal) {
        List<SeriesPoint> points = MeasureSeries.points(
                m, series, m.getGoalId() == null ? List.of() : byGoal.getOrDefault(m.getGoalId(), List.of()));
        return new Analysed(
                m,
                series,
                XmrChart.analyse(
                        points,
                        m.getImprovementDirection(),
                        m.getTarget(),
                        m.getSettings().spc()));
    }

    private String trustName(UUID trustId) {
        return trusts.findByIdOptional(trustId).map(Trust::getName).orElse("");
    }
}
