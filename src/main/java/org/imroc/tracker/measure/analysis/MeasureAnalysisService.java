package org.imroc.tracker.measure.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
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
import org.imroc.tracker.measure.Observation;
import org.imroc.tracker.measure.chart.MeasureChart;
import org.imroc.tracker.measure.spc.RunChart;
import org.imroc.tracker.measure.spc.RunChartResult;
import org.imroc.tracker.measure.spc.SeriesPoint;
import org.imroc.tracker.measure.spc.XmrChart;
import org.imroc.tracker.measure.spc.XmrResult;
import org.imroc.tracker.measure.units.SeriesReader;

/**
 * A measure's series read as an XmR chart or a run chart. Each analysis (and each drawing) is computed once per
 * state of the measure's Trust, whose change number moves on with every write to the measure, its observations or
 * its goal's cycles, on any instance: a read is then one statement (the measure with that number), a change two
 * more (the series and the cycles). The ETag is a hash of the result, so it changes only when a figure does.
 */
@ApplicationScoped
public class MeasureAnalysisService {

    private final MeasureRepository measures;
    private final SeriesReader seriesReader;
    private final CycleRepository cycles;
    private final CurrentCaller caller;
    private final RepresentationTags tags;
    private final SvgRenderer svg;
    private final ObjectMapper mapper;

    public MeasureAnalysisService(
            MeasureRepository measures,
            SeriesReader seriesReader,
            CycleRepository cycles,
            CurrentCaller caller,
            RepresentationTags tags,
            SvgRenderer svg,
            ObjectMapper mapper) {
        this.mapper = mapper;
        this.measures = measures;
        this.seriesReader = seriesReader;
        this.cycles = cycles;
        this.caller = caller;
        this.tags = tags;
        this.svg = svg;
    }

    /** The series a chart is drawn from, annotated. */
    record Series(
            Measure measure,
            UUID unitId,
            List<SeriesPoint> points,
            List<String> missingPeriods,
            List<IncompletePeriodItem> incomplete) {}

    /**
     * Analyses of one series (the Trust's, or a unit's) of a measure as of one state of its Trust (its change number
     * moves with every write to the Trust's records, units included): they cannot differ, so each is computed once.
     */
    private record State(UUID measureId, UUID unitId, long trustSeq) {}

    /** A drawing of one state, at one size and window. */
    private record Drawing(State state, String kind, ChartOptions options) {}

    /** Kept compressed (see {@link Packed}): 8 MB holds about 8,000 SPC answers or 4,000 drawings. */
    private static final long PACKED_BYTES = 8L * 1024 * 1024;

    private final Cache<State, Tagged<Packed>> spcs = Caffeine.newBuilder()
            .maximumWeight(PACKED_BYTES)
            .weigher((State key, Tagged<Packed> value) -> value.body().weight())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();
    private final Cache<State, RunChartData> runCharts = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();
    private final Cache<Drawing, Tagged<Packed>> drawings = Caffeine.newBuilder()
            .maximumWeight(PACKED_BYTES)
            .weigher((Drawing key, Tagged<Packed> value) -> value.body().weight())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** A run chart, its analysis and the annotated points it was drawn from (the SVG numbers their annotations). */
    private record RunChartData(Tagged<RunChartResponse> chart, RunChartResult result, List<SeriesPoint> points) {}

    /** The XmR chart as JSON, serialised once per state. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/decisions/0012)
    public Tagged<byte[]> spc(UUID measureId, UUID unitId) {
        MeasureRepository.AsOf m = find(measureId);
        Tagged<Packed> packed = spcs.get(new State(measureId, unitId, m.trustSeq()), key -> {
            SpcResponse body = analyse(m.measure(), unitId).body();
            return new Tagged<>(Packed.of(json(body)), tags.of(body));
        });
        return new Tagged<>(packed.body().unpack(), packed.etag());
    }

    @Transactional
    public Tagged<RunChartResponse> runChart(UUID measureId, UUID unitId) {
        return runChart(find(measureId), unitId).chart();
    }

    /** The XmR chart drawn as SVG from the same analysis as {@link #spc}; its ETag covers the drawing options. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<byte[]> spcSvg(UUID measureId, UUID unitId, Integer width, Integer height, String from, String to) {
        MeasureRepository.AsOf m = find(measureId);
        ChartOptions options =
                ChartOptions.of(width, height, from, to, m.measure().getFrequency());
        return unpacked(drawings.get(new Drawing(new State(measureId, unitId, m.trustSeq()), "spc", options), key -> {
            Spc spc = analyse(m.measure(), unitId);
            return packed(
                    svg.render(MeasureChart.spc(
                            ChartOptions.subject(m.measure()),
                            spc.result(),
                            options.window(m.measure().getFrequency()))),
                    tags.of(List.of("svg", spc.body(), options)));
        }));
    }

    /** The run chart drawn as SVG from the same analysis as {@link #runChart}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<byte[]> runChartSvg(
            UUID measureId, UUID unitId, Integer width, Integer height, String from, String to) {
        MeasureRepository.AsOf m = find(measureId);
        ChartOptions options =
                ChartOptions.of(width, height, from, to, m.measure().getFrequency());
        State state = new State(measureId, unitId, m.trustSeq());
        return unpacked(drawings.get(new Drawing(state, "run-chart", options), key -> {
            RunChartData data = runChart(m, unitId);
            return packed(
                    svg.render(MeasureChart.runChart(
                            ChartOptions.subject(m.measure()),
                            data.result(),
                            data.points(),
                            options.window(m.measure().getFrequency()))),
                    tags.of(List.of("svg", data.chart().body(), options)));
        }));
    }

    /** An XmR analysis and its answer on the wire. */
    private record Spc(XmrResult result, SpcResponse body) {}

    private Spc analyse(Measure measure, UUID unitId) {
        Series s = series(measure, unitId);
        XmrResult result = XmrChart.analyse(
                s.points(),
                measure.getImprovementDirection(),
                measure.getTarget(),
                measure.getSettings().spc());
        return new Spc(result, SpcResponse.of(measure, unitId, s.missingPeriods(), s.incomplete(), result));
    }

    private byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An analysis could not be serialised", e);
        }
    }

    private static Tagged<Packed> packed(String text, String etag) {
        return new Tagged<>(Packed.of(text.getBytes(StandardCharsets.UTF_8)), etag);
    }

    private static Tagged<byte[]> unpacked(Tagged<Packed> packed) {
        return new Tagged<>(packed.body().unpack(), packed.etag());
    }

    private RunChartData runChart(MeasureRepository.AsOf m, UUID unitId) {
        return runCharts.get(new State(m.measure().getId(), unitId, m.trustSeq()), key -> {
            Series s = series(m.measure(), unitId);
            RunChartResult result =
                    RunChart.analyse(s.points(), m.measure().getSettings().runChart());
            RunChartResponse body =
                    RunChartResponse.of(m.measure(), unitId, s.missingPeriods(), s.incomplete(), result);
            return new RunChartData(new Tagged<>(body, tags.of(body)), result, s.points());
        });
    }

    private MeasureRepository.AsOf find(UUID measureId) {
        return measures.findInScopeAsOf(measureId, caller.scope())
                .orElseThrow(() -> ApiException.notFound("Measure", measureId));
    }

    Series series(Measure measure, UUID unitId) {
        SeriesReader.Read read = seriesReader.read(measure, unitId);
        List<Observation> series = read.series();
        List<Milestone> milestones = measure.getGoalId() == null ? List.of() : cycles.milestones(measure.getGoalId());
        return new Series(
                measure,
                unitId,
                MeasureSeries.points(measure, series, milestones),
                MeasureSeries.missingPeriods(measure.getFrequency(), series),
                series.stream()
                        .filter(Observation::isIncomplete)
                        .map(o -> new IncompletePeriodItem(
                                o.getPeriod(),
                                o.getMissingUnits().stream()
                                        .map(id -> new UnitRefItem(
                                                id, read.units().get(id).name()))
                                        .toList()))
                        .toList());
    }
}
