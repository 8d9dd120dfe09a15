package org.imroc.tracker.measure.groups;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
import org.imroc.tracker.measure.ObservationRepository;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.chart.DisparityChart;
import org.imroc.tracker.measure.units.SeriesReader;

/**
 * Rate ratios between the groups of a measure's breakdown ({@code GET /measures/{id}/disparities}) as JSON, CSV or
 * SVG. Reads the measure and its series (two statements, three for a measure recorded by unit) whatever the number
 * of groups and periods: each figure carries its parts in its own row. Each answer is kept per state of the
 * measure's Trust, as sent (JSON, drawing); asked again, only the measure's state is read, and not even that while
 * nothing at all was written since ({@link MeasureStates}, docs/decisions/0041).
 */
@ApplicationScoped
public class DisparitiesService {

    private final MeasureRepository measures;
    private final ObservationRepository observations;
    private final SeriesReader series;
    private final MeasureStates states;
    private final DisclosurePolicy policy;
    private final RepresentationTags tags;
    private final SvgRenderer svg;
    private final Computations computations;

    public DisparitiesService(
            MeasureRepository measures,
            ObservationRepository observations,
            SeriesReader series,
            MeasureStates states,
            DisclosurePolicy policy,
            RepresentationTags tags,
            SvgRenderer svg,
            Computations computations) {
        this.computations = computations;
        this.measures = measures;
        this.observations = observations;
        this.series = series;
        this.states = states;
        this.policy = policy;
        this.tags = tags;
        this.svg = svg;
    }

    /** The answer as JSON, serialised once per state. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/decisions/0012)
    public Tagged<byte[]> json(UUID measureId, DisparityQuery query) {
        Asked asked = asked(measureId, query);
        return Packed.unpacked(
                computations.get(sent, new Sent(asked.state(), "json"), key -> Packed.of(tags.json(answer(asked)))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(UUID measureId, DisparityQuery query) {
        return DisparitiesCsv.write(answer(asked(measureId, query)));
    }

    /** The window's ratios drawn (the periods are in the JSON and CSV), once per state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<byte[]> svg(UUID measureId, DisparityQuery query) {
        Asked asked = asked(measureId, query);
        return Packed.unpacked(computations.get(sent, new Sent(asked.state(), "svg"), key -> {
            Tagged<String> drawn = drawing(answer(asked));
            return new Tagged<>(Packed.of(drawn.body().getBytes(StandardCharsets.UTF_8)), drawn.etag());
        }));
    }

    private Tagged<String> drawing(DisparitiesResponse body) {
        List<DisparityChart.Group> groups = new ArrayList<>();
        for (DisparitiesResponse.Group g : body.groups()) {
            if (g.code().equals(body.reference())) {
                continue;
            }
            groups.add(new DisparityChart.Group(
                    g.label(), g.rateRatio(), g.lower(), g.upper(), g.side(), reasonText(g.reason()), g.suppressed()));
        }
        boolean anySuppressed = body.groups().stream().anyMatch(DisparitiesResponse.Group::suppressed);
        String drawing = svg.render(DisparityChart.draw(
                body.measureName() + " by " + words(body.breakdown().name()),
                body.from() == null
                        ? "No figures yet"
                        : "Rate ratios " + body.from() + " to " + body.to() + ", 95 % intervals"
                                + (body.periodsWithoutParts().isEmpty()
                                        ? ""
                                        : "; " + body.periodsWithoutParts().size()
                                                + " period(s) without parts left out"),
                body.referenceLabel(),
                groups,
                anySuppressed
                        ? "Figures of fewer than " + policy.disclosure().minCount() + " people are not shown"
                        : null));
        return new Tagged<>(drawing, tags.of(List.of("svg", body)));
    }

    /** A measure's rate ratios by ethnic group against White, as the Trust report shows them. */
    public record TrustRatios(String measure, String window, String note, List<RatioLine> lines) {}

    /** One group's line of {@link TrustRatios}, figures as text ({@code *} where hidden). */
    public record RatioLine(
            String group,
            String events,
            String denominator,
            String rate,
            String ratio,
            String interval,
            String reading) {}

    /**
     * For the Trust report: every rate of the Trust broken down by ethnic group (or category), its last
     * {@value DisparityQuery#DEFAULT_PERIODS} periods held against White. One statement for the measures, and for
     * those that qualify one for all their figures (one more for the Trust's units if any is recorded by unit),
     * whatever the number of measures. {@code published}: pass figures through the disclosure rules.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrustRatios> byEthnicGroup(UUID trustId, boolean published) {
        List<Measure> rates = measures.ofTrust(trustId).stream()
                .filter(m -> m.isRatio() && m.offers(Breakdown.ETHNIC_GROUP))
                .toList();
        if (rates.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, List<org.imroc.tracker.measure.Observation>> all = series.trustSeriesOf(
                rates, observations.seriesOf(rates.stream().map(Measure::getId).toList()));
        DisparityQuery.Checked query = new DisparityQuery.Checked(Breakdown.ETHNIC_GROUP, "WHITE", null, null, false);
        List<TrustRatios> result = new ArrayList<>();
        for (Measure m : rates) {
            DisparitiesResponse r = DisparityWindow.answer(
                    m, query, null, all.getOrDefault(m.getId(), List.of()), published ? policy.disclosure() : null);
            result.add(ReportLines.of(r));
        }
        return result;
    }

    /**
     * One answer as of one state of the measure's Trust (its change number moves with every write to its records,
     * units included): the question checked, and whether figures pass through the disclosure rules.
     */
    private record State(UUID measureId, DisparityQuery.Checked query, UUID unitId, boolean published, long trustSeq) {}

    /** A question checked against its measure, as of one state. */
    private record Asked(Measure measure, State state) {}

    /** A representation of one answer as sent: its JSON, or its drawing. */
    private record Sent(State state, String kind) {}

    /** Kept compressed (see {@link Packed}): an answer over 12 months is 1–3 KB, its drawing about as much. */
    private final Cache<Sent, Tagged<Packed>> sent = Caffeine.newBuilder()
            .maximumWeight(4L * 1024 * 1024)
            .weigher((Sent key, Tagged<Packed> value) -> value.body().weight())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /**
     * Computing one reads every figure of the measure with its parts. Bounded by the group figures held, since an
     * answer by period holds every period's groups: 20,000 of them are about 4 MB.
     */
    private final Cache<State, DisparitiesResponse> answers = Caffeine.newBuilder()
            .maximumWeight(20_000)
            .weigher((State key, DisparitiesResponse value) -> figures(value))
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** The group figures an answer holds: the window's, and each period's when asked by period. */
    private static int figures(DisparitiesResponse answer) {
        int n = 1 + answer.groups().size();
        if (answer.byPeriod() != null) {
            for (DisparitiesResponse.PeriodGroupsItem p : answer.byPeriod()) {
                n += 1 + p.groups().size();
            }
        }
        return n;
    }

    /** The question checked against the measure in scope, as of its Trust's state (404, 422 before any figure). */
    private Asked asked(UUID measureId, DisparityQuery query) {
        MeasureRepository.AsOf asOf = states.inScope(measureId);
        Measure m = asOf.measure();
        return new Asked(
                m,
                new State(
                        measureId,
                        query.check(m),
                        query.unitId(),
                        policy.callerSeesPublicFiguresOnly(),
                        asOf.trustSeq()));
    }

    private DisparitiesResponse answer(Asked asked) {
        State state = asked.state();
        return computations.get(answers, state, key -> {
            SeriesReader.Read read = series.read(asked.measure(), state.unitId());
            return DisparityWindow.answer(
                    asked.measure(),
                    state.query(),
                    state.unitId(),
                    read.series(),
                    state.published() ? policy.disclosure() : null);
        });
    }

    static String reasonText(String reason) {
        return reason == null ? null : words(reason);
    }

    private static String words(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** The CSV form: one row per group over the window, then per period, a suppressed figure as {@code *}. */
    static final class DisparitiesCsv {

        private DisparitiesCsv() {}

        static String write(DisparitiesResponse body) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CsvWriter csv = new CsvWriter(bytes);
            csv.row(List.of(
                    "scope",
                    "code",
                    "label",
                    "events",
                    "denominator",
                    "rate",
                    "rateRatio",
                    "lower",
                    "upper",
                    "side",
                    "reason",
                    "suppressed"));
            rows(csv, "window", body.total(), body.groups());
            if (body.byPeriod() != null) {
                for (DisparitiesResponse.PeriodGroupsItem p : body.byPeriod()) {
                    rows(csv, p.period(), p.total(), p.groups());
                }
            }
            csv.flush();
            return bytes.toString(StandardCharsets.UTF_8);
        }

        private static void rows(
                CsvWriter csv, String scope, DisparitiesResponse.Total total, List<DisparitiesResponse.Group> groups) {
            for (DisparitiesResponse.Group g : groups) {
                boolean s = g.suppressed();
                csv.row(Arrays.asList(
                        scope,
                        g.code(),
                        g.label(),
                        shown(g.events(), s),
                        shown(g.denominator(), s),
                        shown(g.rate(), s),
                        shown(g.rateRatio(), s && g.reason() == null),
                        shown(g.lower(), s && g.reason() == null),
                        shown(g.upper(), s && g.reason() == null),
                        g.side(),
                        g.reason(),
                        s));
            }
            if (!groups.isEmpty()) {
                csv.row(Arrays.asList(
                        scope,
                        "TOTAL",
                        "All groups",
                        shown(total.events(), total.suppressed()),
                        shown(total.denominator(), total.suppressed()),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        total.suppressed()));
            }
        }

        /** A figure, {@code *} when it was hidden, empty when there is none. */
        private static Object shown(Object value, boolean suppressed) {
            return value == null && suppressed ? "*" : value;
        }
    }
}
