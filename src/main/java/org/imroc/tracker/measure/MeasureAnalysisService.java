package org.imroc.tracker.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.http.Tagged;
import org.imroc.tracker.common.svg.SvgRenderer;
import org.imroc.tracker.cycle.CycleRepository.Milestone;
import org.imroc.tracker.cycle.CycleRepository;

/**
 * A measure's series read as an XmR chart or a run chart, computed on each request from the stored observations
 * (three statements: the measure, its series, its goal's cycles). The ETag is a hash of the result.
 */
@ApplicationScoped
public class MeasureAnalysisService {

    private final MeasureRepository measures;
    private final ObservationRepository observations;
    private final CycleRepository cycles;
    private final CurrentCaller caller;
    private final RepresentationTags tags;
    private final SvgRenderer svg;

    public MeasureAnalysisService(MeasureRepository measures, ObservationRepository observations,
            CycleRepository cycles, CurrentCaller caller, RepresentationTags tags, SvgRenderer svg) {
        this.measures = measures;
        this.observations = observations;
        this.cycles = cycles;
        this.caller = caller;
        this.tags = tags;
        this.svg = svg;
    }

    /** The series a chart is drawn from, annotated. */
    record Series(Measure measure, List<SeriesPoint> points, List<String> missingPeriods) {
    }

    @Transactional
    public Tagged<SpcResponse> spc(UUID measureId) {
        Series s = series(measureId);
        Measure m = s.measure();
        SpcResponse body = SpcResponse.of(m, s.missingPeriods(), XmrChart.analyse(s.points(),
                m.getImprovementDirection(), m.getTarget(), m.getSettings().spc()));
        return new Tagged<>(body, tags.of(body));
    }

    @Transactional
    public Tagged<RunChartResponse> runChart(UUID measureId) {
        Series s = series(measureId);
        RunChartResponse body = RunChartResponse.of(s.measure(), s.missingPeriods(),
                RunChart.analyse(s.points(), s.measure().getSettings().runChart()));
        return new Tagged<>(body, tags.of(body));
    }

    /** The XmR chart drawn as SVG from the same analysis as {@link #spc}; its ETag covers the drawing options. */
    @Transactional
    public Tagged<String> spcSvg(UUID measureId, Integer width, Integer height, String from, String to) {
        Series s = series(measureId);
        Measure m = s.measure();
        ChartOptions options = ChartOptions.of(width, height, from, to, m.getFrequency());
        SpcResponse body = SpcResponse.of(m, s.missingPeriods(), XmrChart.analyse(s.points(),
                m.getImprovementDirection(), m.getTarget(), m.getSettings().spc()));
        return new Tagged<>(svg.render(MeasureChart.spc(m, body, options)), tags.of(List.of("svg", body, options)));
    }

    /** The run chart drawn as SVG from the same analysis as {@link #runChart}. */
    @Transactional
    public Tagged<String> runChartSvg(UUID measureId, Integer width, Integer height, String from, String to) {
        Series s = series(measureId);
        Measure m = s.measure();
        ChartOptions options = ChartOptions.of(width, height, from, to, m.getFrequency());
        RunChartResponse body = RunChartResponse.of(m, s.missingPeriods(),
                RunChart.analyse(s.points(), m.getSettings().runChart()));
        return new Tagged<>(svg.render(MeasureChart.runChart(m, body, s.points(), options)),
                tags.of(List.of("svg", body, options)));
    }

    Series series(UUID measureId) {
        Measure measure = measures.findInScope(measureId, caller.scope())
                .orElseThrow(() -> ApiException.notFound("Measure", measureId));
        List<Observation> series = observations.series(measureId);
        List<Milestone> milestones = measure.getGoalId() == null ? List.of()
                : cycles.milestones(measure.getGoalId());
        return new Series(measure, MeasureSeries.points(measure, series, milestones),
                MeasureSeries.missingPeriods(measure.getFrequency(), series));
    }
}
