package org.imroc.tracker.measure.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.http.Tagged;
import org.imroc.tracker.common.svg.SvgRenderer;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.MeasureRepository;
import org.imroc.tracker.measure.chart.SmallMultiplesChart;

/**
 * A measure unit by unit: JSON lines, CSV, or SVG small multiples on one scale. Three statements whatever the number
 * of units or periods: the measure, the figures, the units.
 */
@ApplicationScoped
public class MeasureUnitsService {

    private final MeasureRepository measures;
    private final UnitLines lines;
    private final CurrentCaller caller;
    private final RepresentationTags tags;
    private final SvgRenderer svg;

    public MeasureUnitsService(
            MeasureRepository measures,
            UnitLines lines,
            CurrentCaller caller,
            RepresentationTags tags,
            SvgRenderer svg) {
        this.measures = measures;
        this.lines = lines;
        this.caller = caller;
        this.tags = tags;
        this.svg = svg;
    }

    @Transactional
    public Tagged<MeasureUnitsResponse> units(UUID measureId) {
        MeasureUnitsResponse body = response(find(measureId));
        return new Tagged<>(body, tags.of(body));
    }

    @Transactional
    public String csv(UUID measureId) {
        MeasureUnitsResponse body = response(find(measureId));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(bytes);
        csv.row(List.of(
                "unitId",
                "name",
                "open",
                "points",
                "latestPeriod",
                "latestValue",
                "variationIcon",
                "assuranceIcon",
                "limitsAreTrial"));
        for (UnitLines.Line l : body.items()) {
            csv.row(Arrays.asList(
                    l.unitId(),
                    l.name(),
                    l.open(),
                    l.points(),
                    l.latestPeriod(),
                    l.latestValue(),
                    l.variationIcon(),
                    l.assuranceIcon(),
                    l.limitsAreTrial()));
        }
        csv.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Transactional
    public Tagged<String> svg(UUID measureId) {
        Measure m = find(measureId);
        List<UnitLines.Analysed> analysed = lines.of(List.of(m)).getOrDefault(m.getId(), List.of());
        String drawing = svg.render(SmallMultiplesChart.draw(
                m.getName() + " by unit",
                m.getUnit(),
                analysed.stream()
                        .map(a -> new SmallMultiplesChart.Member(a.unit().name(), true, a.result()))
                        .toList(),
                "unit"));
        return new Tagged<>(drawing, tags.of(List.of("svg", drawing)));
    }

    private MeasureUnitsResponse response(Measure m) {
        return new MeasureUnitsResponse(
                m.getId(),
                m.getTrustId(),
                m.getName(),
                m.getUnit(),
                m.getRecordedBy(),
                m.getAggregation(),
                lines.of(List.of(m)).getOrDefault(m.getId(), List.of()).stream()
                        .map(UnitLines.Analysed::line)
                        .toList());
    }

    private Measure find(UUID id) {
        return measures.findInScope(id, caller.scope()).orElseThrow(() -> ApiException.notFound("Measure", id));
    }
}
