package org.imroc.tracker.measure.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.Computations;
import org.imroc.tracker.common.http.Packed;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.http.Tagged;
import org.imroc.tracker.common.svg.SvgRenderer;
import org.imroc.tracker.cycle.CycleRepository;
import org.imroc.tracker.cycle.CycleRepository.Milestone;
import org.imroc.tracker.measure.ChartOptions;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.MeasureRepository;
import org.imroc.tracker.measure.MeasureSeries;
import org.imroc.tracker.measure.MeasureStates;
import org.imroc.tracker.measure.Observation;
import org.imroc.tracker.measure.chart.MeasureChart;
import org.imroc.tracker.measure.groups.DisclosurePolicy;
import org.imroc.tracker.measure.spc.RunChart;
import org.imroc.tracker.measure.spc.RunChartResult;
import org.imroc.tracker.measure.spc.SeriesPoint;
import org.imroc.tracker.measure.units.SeriesReader;

/**
 * A measure's series read as an XmR chart or a run chart. Each analysis (and each drawing) is computed once per
 * state of the measure's Trust, whose change number moves on with every write to the measure, its observations or
 * its goal's cycles, on any instance: a read is then one statement (the measure with that number and its rebases),
 * none while nothing at all was written since ({@link MeasureStates}), a change two more (the series and the
 * cycles). The ETag is a hash of the result, so it changes only when a figure does.
 */
@ApplicationScoped
public class MeasureAnalysisService {

    private final MeasureStates states;
    private final SeriesReader seriesReader;
    private final CycleRepository cycles;
    private final RepresentationTags tags;
    private final SvgRenderer svg;
    private final DisclosurePolicy disclosure;
    private final Computations computations;

    public MeasureAnalysisService(
            MeasureStates states,
            SeriesReader seriesReader,
            CycleRepository cycles,
            RepresentationTags tags,
            SvgRenderer svg,
            DisclosurePolicy disclosure,
            Computations computations) {
        this.computations = computations;
        this.disclosure = disclosure;
        this.states = states;
        this.seriesReader = seriesReader;
        this.cycles = cycles;
        this.tags = tags;
        this.svg = svg;
    }

    /** The series a chart is drawn from, annotated: {@code points} made from {@code figures} one for one. */
    record Series(
            Measure measure,
            Slice slice,
            List<Observation> figures,
            List<SeriesPoint> points,
            List<String> missingPeriods,
            List<IncompletePeriodItem> incomplete,
            List<Milestone> milestones,
            List<MeasureSeries.Rebase> rebases) {}

    /**
     * Analyses of one series (the Trust's, or a unit's) of a measure as of one state of its Trust (its change number
     * moves with every write to the Trust's records, units included): they cannot differ, so each is computed once.
     */
    private record State(UUID measureId, Slice slice, long trustSeq) {}

    /** A drawing of one state, at one size and window. */
    private record Drawing(State state, String kind, ChartOptions options) {}

    /**
     * Kept compressed (see {@link Packed}). An SPC answer of 36 points is 16 KB, 1.8 KB packed, since every point
     * carries its limits: 12 MB holds about 6,500, every Trust, unit and group series of the benchmark's data set (a
     * cache smaller than the set being read keeps rejecting the newer keys, and each rejection is a recomputation).
     * A drawing is 3–5 KB packed: 8 MB holds about 2,000.
     */
    private static final long SPC_BYTES = 12L * 1024 * 1024;

    private static final long PACKED_BYTES = 8L * 1024 * 1024;

    private final Cache<State, Tagged<Packed>> spcs = Caffeine.newBuilder()
            .maximumWeight(SPC_BYTES)
            .weigher((State key, Tagged<Packed> value) -> value.body().weight())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();
    /**
     * Run charts are kept as objects (the drawing needs the points): bounded by their points, not their number, since
     * one of a measure at its limits holds 1,044 annotated points, and 1,000 of those ran a 160 MB heap out (issue 27's
     * worst case, after a write made every chart of a Trust new). 10,000 points are about 8 MB.
     */
    private static final long RUN_CHART_POINTS = 10_000;

    private final Cache<State, RunChartData> runCharts = Caffeine.newBuilder()
            .maximumWeight(RUN_CHART_POINTS)
            .weigher((State key, RunChartData value) -> value.points().size() + 1)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();
    private final Cache<Drawing, Tagged<Packed>> drawings = Caffeine.newBuilder()
            .maximumWeight(PACKED_BYTES)
            .weigher((Drawing key, Tagged<Packed> value) -> value.body().weight())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** A run chart, its analysis and the annotated points it was drawn from (the SVG numbers their annotations). */
    private record RunChartData(Tagged<RunChartResponse> chart, RunChartResult result, List<SeriesPoint> points) {}

    /**
     * The slice asked for (400 naming a parameter), and never one group's series to a PUBLIC key: its points are rates
     * of small counts, period by period, which suppression would leave mostly empty (docs/decisions/0031). The key was
     * already allowed to see the measure, so it learns nothing it could not read there.
     */
    private Slice sliceOf(Measure measure, SliceParams asked) {
        Slice slice = asked.of(measure);
        if (slice.isGroup() && disclosure.callerSeesPublicFiguresOnly()) {
            throw ApiException.forbidden("One group's series (breakdown and code) is not published to a PUBLIC "
                    + "integration key: its points would be rates of small counts. Read the observations, whose "
                    + "parts pass small-number suppression, or the disparities over a window.");
        }
        return slice;
    }

    /** The XmR chart as JSON, serialised once per state. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/decisions/0012)
    public Tagged<byte[]> spc(UUID measureId, SliceParams asked) {
        MeasureRepository.AsOf m = states.inScope(measureId);
        Slice slice = sliceOf(m.measure(), asked);
        Tagged<Packed> packed = computations.get(spcs, new State(measureId, slice, m.trustSeq()), key -> {
            SpcResponse body = analyse(m, slice).body();
            return Packed.of(tags.json(body));
        });
        return Packed.unpacked(packed);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<RunChartResponse> runChart(UUID measureId, SliceParams asked) {
        MeasureRepository.AsOf m = states.inScope(measureId);
        return runChart(m, sliceOf(m.measure(), asked)).chart();
    }

    /** The SPC chart drawn as SVG from the same analysis as {@link #spc}; its ETag covers the drawing options. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<byte[]> spcSvg(
            UUID measureId, SliceParams asked, Integer width, Integer height, String from, String to) {
        MeasureRepository.AsOf m = states.inScope(measureId);
        Slice slice = sliceOf(m.measure(), asked);
        ChartOptions options =
                ChartOptions.of(width, height, from, to, m.measure().getFrequency());
        return Packed.unpacked(computations.get(
                drawings, new Drawing(new State(measureId, slice, m.trustSeq()), "spc", options), key -> {
                    Spc spc = analyse(m, slice);
                    return packed(
                            svg.render(MeasureChart.spc(
                                    subject(m.measure(), slice),
                                    spc.result().xmr(),
                                    spc.result().attribute(),
                                    options.window(m.measure().getFrequency()),
                                    spc.body().interpretation())),
                            tags.of(List.of("svg", spc.body(), options)));
                }));
    }

    /** The run chart drawn as SVG from the same analysis as {@link #runChart}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<byte[]> runChartSvg(
            UUID measureId, SliceParams asked, Integer width, Integer height, String from, String to) {
        MeasureRepository.AsOf m = states.inScope(measureId);
        Slice slice = sliceOf(m.measure(), asked);
        ChartOptions options =
                ChartOptions.of(width, height, from, to, m.measure().getFrequency());
        State state = new State(measureId, slice, m.trustSeq());
        return Packed.unpacked(computations.get(drawings, new Drawing(state, "run-chart", options), key -> {
            RunChartData data = runChart(m, slice);
            return packed(
                    svg.render(MeasureChart.runChart(
                            subject(m.measure(), slice),
                            data.result(),
                            data.points(),
                            options.window(m.measure().getFrequency()))),
                    tags.of(List.of("svg", data.chart().body(), options)));
        }));
    }

    /** An SPC analysis and its answer on the wire. */
    private record Spc(MeasureSeries.Reading result, SpcResponse body) {}

    /** The chart's title: the measure's name, and the group's for one group's series. */
    private static MeasureChart.Subject subject(Measure measure, Slice slice) {
        MeasureChart.Subject whole = ChartOptions.subject(measure);
        return slice.isGroup()
                ? new MeasureChart.Subject(
                        whole.name() + " · " + slice.groupLabel(),
                        whole.unit(),
                        whole.frequency(),
                        whole.direction(),
                        whole.target())
                : whole;
    }

    private Spc analyse(MeasureRepository.AsOf m, Slice slice) {
        Measure measure = m.measure();
        Series s = series(m, slice);
        MeasureSeries.Reading result = MeasureSeries.analyse(measure, s.figures(), s.points());
        return new Spc(
                result,
                SpcResponse.of(
                        measure,
                        slice,
                        s.missingPeriods(),
                        s.incomplete(),
                        result,
                        SuggestedRebaseItem.of(measure.getFrequency(), result.xmr(), s.milestones(), s.rebases())));
    }

    private static Tagged<Packed> packed(String text, String etag) {
        return new Tagged<>(Packed.of(text.getBytes(StandardCharsets.UTF_8)), etag);
    }

    private RunChartData runChart(MeasureRepository.AsOf m, Slice slice) {
        return computations.get(runCharts, new State(m.measure().getId(), slice, m.trustSeq()), key -> {
            Series s = series(m, slice);
            RunChartResult result =
                    RunChart.analyse(s.points(), m.measure().getSettings().runChart());
            RunChartResponse body = RunChartResponse.of(m.measure(), slice, s.missingPeriods(), s.incomplete(), result);
            return new RunChartData(new Tagged<>(body, tags.of(body)), result, s.points());
        });
    }

    Series series(MeasureRepository.AsOf m, Slice slice) {
        Measure measure = m.measure();
        SeriesReader.Read read = seriesReader.read(measure, slice.unitId());
        List<Observation> series = slice.isGroup()
                ? read.series().stream()
                        .map(o -> o.groupFigure(measure, slice.breakdown(), slice.code()))
                        .filter(java.util.Objects::nonNull)
                        .toList()
                : read.series();
        List<Milestone> milestones = measure.getGoalId() == null ? List.of() : cycles.milestones(measure.getGoalId());
        List<MeasureSeries.Rebase> recorded = m.rebases();
        return new Series(
                measure,
                slice,
                series,
                MeasureSeries.points(measure, series, milestones, recorded),
                MeasureSeries.missingPeriods(measure.getFrequency(), series),
                series.stream()
                        .filter(Observation::isIncomplete)
                        .map(o -> new IncompletePeriodItem(
                                o.getPeriod(),
                                o.getMissingUnits().stream()
                                        .map(id -> new UnitRefItem(
                                                id, read.units().get(id).name()))
                                        .toList()))
                        .toList(),
                milestones,
                recorded);
    }
}
