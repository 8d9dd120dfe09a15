package org.imroc.tracker.measure.units;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.http.Computations;
import org.imroc.tracker.common.http.Packed;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.http.Tagged;
import org.imroc.tracker.common.svg.SvgRenderer;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.MeasureRepository;
import org.imroc.tracker.measure.MeasureStates;
import org.imroc.tracker.measure.chart.SmallMultiplesChart;

/**
 * A measure unit by unit: JSON lines, CSV, or SVG small multiples on one scale. Three statements whatever the number
 * of units or periods: the measure with its Trust's change number, the figures, the units; once a state has been
 * answered, only the first (each answer and drawing is kept per state, as the SPC chart's are), and none while
 * nothing at all was written since ({@link MeasureStates}).
 */
@ApplicationScoped
public class MeasureUnitsService {

    private final MeasureStates states;
    private final UnitLines lines;
    private final RepresentationTags tags;
    private final SvgRenderer svg;
    private final Computations computations;

    public MeasureUnitsService(
            MeasureStates states,
            UnitLines lines,
            RepresentationTags tags,
            SvgRenderer svg,
            Computations computations) {
        this.computations = computations;
        this.states = states;
        this.lines = lines;
        this.tags = tags;
        this.svg = svg;
    }

    /**
     * The measure as of one state of its Trust (its change number moves with every write to its records, units
     * included): its lines cannot differ, so they are analysed once.
     */
    private record State(UUID measureId, long trustSeq) {}

    private final Cache<State, Tagged<MeasureUnitsResponse>> answers = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** Kept compressed (see {@link Packed}): small multiples are a few kilobytes once packed. */
    private final Cache<State, Tagged<Packed>> drawings = Caffeine.newBuilder()
            .maximumWeight(4L * 1024 * 1024)
            .weigher((State key, Tagged<Packed> value) -> value.body().weight())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/decisions/0012)
    public Tagged<MeasureUnitsResponse> units(UUID measureId) {
        MeasureRepository.AsOf m = states.inScope(measureId);
        return computations.get(answers, new State(measureId, m.trustSeq()), key -> {
            MeasureUnitsResponse body = response(m.measure());
            return new Tagged<>(body, tags.of(body));
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(UUID measureId) {
        MeasureUnitsResponse body = units(measureId).body();
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<byte[]> svg(UUID measureId) {
        MeasureRepository.AsOf asOf = states.inScope(measureId);
        Measure m = asOf.measure();
        Tagged<Packed> packed = computations.get(drawings, new State(measureId, asOf.trustSeq()), key -> {
            List<UnitLines.Analysed> analysed = lines.of(List.of(m)).getOrDefault(m.getId(), List.of());
            String drawn = svg.render(SmallMultiplesChart.draw(
                    m.getName() + " by unit",
                    m.getUnit(),
                    analysed.stream()
                            .map(a -> new SmallMultiplesChart.Member(a.unit().name(), true, a.result()))
                            .toList(),
                    "unit"));
            return new Tagged<>(Packed.of(drawn.getBytes(StandardCharsets.UTF_8)), tags.of(List.of("svg", drawn)));
        });
        return Packed.unpacked(packed);
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
}
