package org.imroc.tracker.measure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.http.Packed;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.http.Tagged;
import org.imroc.tracker.common.svg.SvgRenderer;
import org.imroc.tracker.cycle.CycleRepository;
import org.imroc.tracker.cycle.CycleRepository.Milestone;
import org.imroc.tracker.measure.chart.ChartTable;
import org.imroc.tracker.measure.chart.MeasureChart;
import org.imroc.tracker.measure.chart.MeasureSummaryChart;
import org.imroc.tracker.measure.spc.AttributeResult;
import org.imroc.tracker.measure.spc.SeriesPoint;
import org.imroc.tracker.measure.spc.XmrResult;
import org.imroc.tracker.measure.units.SeriesReader;
import org.imroc.tracker.measure.units.UnitLines;
import org.imroc.tracker.trust.Trust;
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.unit.UnitRepository;

/**
 * Making Data Count's summary icon table for a Trust, computed from every series with the same engine as each
 * measure's chart, as JSON, CSV or SVG; also draws every chart of a Trust for its report. Each measure's row and
 * drawing is kept per state of that measure (docs/decisions/0023), so after a change only the measures that changed
 * are read and analysed again: the Trust and its measures in two statements, then their series in statements of
 * about {@link #BATCH_ROWS} rows.
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
    private final SeriesReader seriesReader;
    private final UnitLines unitLines;
    private final UnitRepository unitRepository;

    public MeasureSummaryService(
            MeasureRepository measures,
            ObservationRepository observations,
            CycleRepository cycles,
            TrustRepository trusts,
            CurrentCaller caller,
            RepresentationTags tags,
            SvgRenderer svg,
            SeriesReader seriesReader,
            UnitLines unitLines,
            UnitRepository unitRepository) {
        this.unitRepository = unitRepository;
        this.unitLines = unitLines;
        this.seriesReader = seriesReader;
        this.measures = measures;
        this.observations = observations;
        this.cycles = cycles;
        this.trusts = trusts;
        this.caller = caller;
        this.tags = tags;
        this.svg = svg;
    }

    /** A Trust's measure table and charts, drawn, for its report. */
    /** {@code tableLines}: the summary's rows as text, a row's cells in the drawing's column order. */
    public record Drawings(String table, List<List<String>> tableLines, List<Figure> charts) {}

    /**
     * A measure's chart as the report shows it: the drawing, the sentence that reads it and its figures as a table
     * (so the report never leans on the picture alone).
     */
    public record Figure(String svg, String name, String interpretation, ChartTable data) {}

    /** A drawn chart as kept: its SVG compressed, and its table. */
    private record Drawing(Packed svg, ChartTable data) {
        int weight() {
            return svg.weight() + 96 * data.rows().size();
        }
    }

    @Transactional
    public Tagged<MeasureSummaryTable> summary(UUID trustId) {
        trusts.requireKnown(trustId, caller.scope());
        MeasureRepository.WithRebases read = measures.ofTrustWithRebases(trustId);
        List<Measure> all = read.measures();
        long units = unitsStamp(trustId, all);
        MeasureSummaryTable body = new MeasureSummaryTable(
                trustId,
                each(
                        all,
                        Map.of(),
                        read.rebases(),
                        m -> rows.getIfPresent(SeriesState.of(m, List.of(), units)),
                        a -> row(a, units)));
        return new Tagged<>(body, tags.of(body));
    }

    @Transactional
    public Tagged<String> summarySvg(UUID trustId) {
        Tagged<MeasureSummaryTable> table = summary(trustId);
        String name = trustName(trustId);
        return new Tagged<>(
                svg.render(MeasureSummaryChart.draw(
                        name,
                        table.body().items().stream()
                                .flatMap(row -> row.toChartRows().stream())
                                .toList())),
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
                "tooFewPoints",
                "unitId",
                "unitName"));
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
                    r.tooFewPoints(),
                    null,
                    null));
            for (UnitLines.Line u : r.units() == null ? List.<UnitLines.Line>of() : r.units()) {
                csv.row(Arrays.asList(
                        r.measureId(),
                        r.name(),
                        r.type(),
                        r.unit(),
                        r.improvementDirection(),
                        r.frequency(),
                        u.points(),
                        u.latestPeriod(),
                        u.latestValue(),
                        r.target(),
                        u.variationIcon(),
                        u.assuranceIcon(),
                        null,
                        null,
                        null,
                        u.limitsAreTrial(),
                        u.points() < 2,
                        u.unitId(),
                        u.name()));
            }
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
        Map<UUID, List<Milestone>> byGoal =
                cycles.milestonesOfTrust(trustId).stream().collect(Collectors.groupingBy(Milestone::goalId));
        MeasureRepository.WithRebases read = measures.ofTrustWithRebases(trustId);
        List<Measure> all = read.measures();
        long units = unitsStamp(trustId, all);
        List<Drawn> drawn = each(
                all,
                byGoal,
                read.rebases(),
                m -> {
                    MeasureSummaryRow row = rows.getIfPresent(SeriesState.of(m, List.of(), units));
                    Drawing chart = charts.getIfPresent(new ChartKey(SeriesState.of(m, byGoal, units), width));
                    return row == null || chart == null ? null : new Drawn(row, chart);
                },
                a -> {
                    MeasureSummaryRow row = row(a, units);
                    Drawing chart = a.result().n() > 0
                            ? chart(a, width, row.interpretation())
                            : new Drawing(Packed.of(new byte[0]), new ChartTable("", List.of()));
                    charts.put(new ChartKey(SeriesState.of(a.measure(), byGoal, units), width), chart);
                    return new Drawn(row, chart);
                });
        List<MeasureSummaryChart.Row> tableRows =
                drawn.stream().flatMap(d -> d.row().toChartRows().stream()).toList();
        String table = svg.render(MeasureSummaryChart.draw(trustName(trustId), tableRows));
        return new Drawings(
                table,
                MeasureSummaryChart.lines(tableRows),
                drawn.stream()
                        .filter(d -> !d.chart().data().rows().isEmpty())
                        .map(d -> new Figure(
                                new String(d.chart().svg().unpack(), StandardCharsets.UTF_8),
                                d.row().name(),
                                d.row().interpretation(),
                                d.chart().data()))
                        .toList());
    }

    /** The measure's SPC chart over the last {@link #REPORT_YEARS} years, and the figures it shows as a table. */
    private Drawing chart(Analysed a, int width, String sentence) {
        Frequency frequency = a.measure().getFrequency();
        Period latest = frequency
                .parse(a.result().points().get(a.result().points().size() - 1).period())
                .orElseThrow();
        String from = frequency
                .periodOf(latest.start().minusYears(REPORT_YEARS))
                .next()
                .label();
        MeasureChart.Window window =
                ChartOptions.of(width, 360, from, null, frequency).window(frequency);
        AttributeResult attribute = a.reading().attribute();
        String drawn = svg.render(
                MeasureChart.spc(ChartOptions.subject(a.measure()), a.result(), attribute, window, sentence));
        String caption = "Figures of " + a.measure().getName();
        return new Drawing(
                Packed.of(drawn.getBytes(StandardCharsets.UTF_8)),
                attribute == null
                        ? ChartTable.of(caption, a.result(), window.shows())
                        : ChartTable.of(caption, attribute, window.shows()));
    }

    private record Analysed(
            Measure measure, List<Observation> series, MeasureSeries.Reading reading, List<UnitLines.Line> units) {

        /** The reading in the XmR chart's shape (what rows, icons and sentences read). */
        XmrResult result() {
            return reading.xmr();
        }
    }

    private record Drawn(MeasureSummaryRow row, Drawing chart) {}

    /**
     * What a measure's figures and drawings depend on: its row (its version moves with every change to it), its
     * series (its series change number moves with every observation written), its goal's milestones and, for a
     * measure recorded by unit, the state of the Trust's units (a unit that closes changes which periods are
     * incomplete).
     */
    private record SeriesState(
            UUID measureId, long version, long seriesSeq, List<Milestone> milestones, long unitsStamp) {
        static SeriesState of(Measure m, Map<UUID, List<Milestone>> byGoal, long unitsStamp) {
            return of(m, m.getGoalId() == null ? List.of() : byGoal.getOrDefault(m.getGoalId(), List.of()), unitsStamp);
        }

        static SeriesState of(Measure m, List<Milestone> milestones, long unitsStamp) {
            return new SeriesState(
                    m.getId(), m.getVersion(), m.getSeriesSeq(), milestones, m.isRecordedByUnit() ? unitsStamp : 0);
        }
    }

    /** The state of the Trust's units when it has measures recorded by unit (one statement), else 0 (none). */
    private long unitsStamp(UUID trustId, List<Measure> all) {
        return all.stream().anyMatch(Measure::isRecordedByUnit) ? unitRepository.stamp(trustId) : 0;
    }

    private record ChartKey(SeriesState state, int width) {}

    /** A summary row per state of a measure (a row is small: 20,000 of them are a few megabytes). */
    private final Cache<SeriesState, MeasureSummaryRow> rows = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** A report's chart per state of a measure, compressed (see {@link Packed}): 16 MB holds a few thousand. */
    private final Cache<ChartKey, Drawing> charts = Caffeine.newBuilder()
            .maximumWeight(16L * 1024 * 1024)
            .weigher((ChartKey key, Drawing value) -> value.weight())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** About how many observations a statement reads at most (a measure longer than that is read alone). */
    static final int BATCH_ROWS = 2_000;

    private MeasureSummaryRow row(Analysed a, long unitsStamp) {
        MeasureSummaryRow row = MeasureSummaryRow.of(a.measure(), a.result(), a.units());
        rows.put(SeriesState.of(a.measure(), List.of(), unitsStamp), row);
        return row;
    }

    /**
     * For each measure, in the given order, what {@code cached} holds for it, or else what {@code compute} makes of
     * its analysed series. Only the series of the measures not cached are read, in statements of about
     * {@link #BATCH_ROWS} rows (their stored point counts tell how many), each let go once used: a Trust's summary
     * after one measure changed reads one series, and memory never holds more than a batch, however many the Trust
     * has. {@code byGoal} (milestones of the Trust's goals) annotate the points.
     */
    private <T> List<T> each(
            List<Measure> all,
            Map<UUID, List<Milestone>> byGoal,
            Map<UUID, List<MeasureSeries.Rebase>> rebased,
            Function<Measure, T> cached,
            Function<Analysed, T> compute) {
        Map<UUID, T> found = new HashMap<>();
        List<Measure> batch = new ArrayList<>();
        int batchRows = 0;
        for (Measure m : all) {
            T hit = cached.apply(m);
            if (hit != null) {
                found.put(m.getId(), hit);
                continue;
            }
            int points = m.getSummary() == null ? 0 : m.getSummary().points();
            if (!batch.isEmpty() && batchRows + points > BATCH_ROWS) {
                computeAll(batch, byGoal, rebased, compute, found);
                batch = new ArrayList<>();
                batchRows = 0;
            }
            batch.add(m);
            batchRows += points;
        }
        if (!batch.isEmpty()) {
            computeAll(batch, byGoal, rebased, compute, found);
        }
        return all.stream().map(m -> found.get(m.getId())).toList();
    }

    private <T> void computeAll(
            List<Measure> batch,
            Map<UUID, List<Milestone>> byGoal,
            Map<UUID, List<MeasureSeries.Rebase>> rebased,
            Function<Analysed, T> compute,
            Map<UUID, T> found) {
        List<Observation> read =
                observations.seriesOf(batch.stream().map(Measure::getId).toList());
        Map<UUID, List<Observation>> series = seriesReader.trustSeriesOf(batch, read);
        Map<UUID, List<UnitLines.Analysed>> byUnit = unitLines.of(batch);
        for (Measure m : batch) {
            List<UnitLines.Line> units = byUnit.getOrDefault(m.getId(), List.of()).stream()
                    .map(UnitLines.Analysed::line)
                    .toList();
            found.put(
                    m.getId(),
                    compute.apply(analysed(
                            m,
                            series.getOrDefault(m.getId(), List.of()),
                            byGoal,
                            rebased.getOrDefault(m.getId(), List.of()),
                            units)));
        }
        observations.forget(read);
    }

    private static Analysed analysed(
            Measure m,
            List<Observation> series,
            Map<UUID, List<Milestone>> byGoal,
            List<MeasureSeries.Rebase> rebases,
            List<UnitLines.Line> units) {
        List<SeriesPoint> points = MeasureSeries.points(
                m, series, m.getGoalId() == null ? List.of() : byGoal.getOrDefault(m.getGoalId(), List.of()), rebases);
        return new Analysed(m, series, MeasureSeries.analyse(m, series, points), units);
    }

    private String trustName(UUID trustId) {
        return trusts.findByIdOptional(trustId).map(Trust::getName).orElse("");
    }
}
