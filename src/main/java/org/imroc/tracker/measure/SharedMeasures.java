package org.imroc.tracker.measure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.audit.TrustVersionRepository;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.Computations;
import org.imroc.tracker.common.http.Packed;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.common.svg.SvgRenderer;
import org.imroc.tracker.measure.analysis.Slice;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.breakdown.Part;
import org.imroc.tracker.measure.chart.SmallMultiplesChart;
import org.imroc.tracker.measure.groups.DisclosedFigure;
import org.imroc.tracker.measure.groups.DisclosurePolicy;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.VariationIcon;
import org.imroc.tracker.measure.spc.XmrResult;
import org.imroc.tracker.measure.units.SeriesReader;

/**
 * The measure feature's part in learning sets: every member reports the same template, so a Trust's measure for a
 * template is found (or made) here, the month's figures of a report are recorded as its observations, and the
 * members' series are compared. The learning-set feature decides who may see which Trust; the reads here take the
 * Trusts it vouches for and never more than one statement per kind of record, whatever the number of members.
 */
@ApplicationScoped
public class SharedMeasures {

    /** One figure of a report, for the Trust's measure of {@code templateCode}. */
    public record Figures(
            String templateCode, String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {}

    /** A figure as recorded: the observation of the Trust's measure. */
    public record Recorded(
            UUID trustId,
            String templateCode,
            UUID measureId,
            String period,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator) {}

    /** Where a member stands on a template: its latest point, the icons, and the change since it joined. */
    public record Standing(
            UUID trustId,
            UUID measureId,
            String unit,
            int points,
            String latestPeriod,
            BigDecimal latestValue,
            VariationIcon variationIcon,
            AssuranceIcon assuranceIcon,
            String periodAtJoining,
            BigDecimal valueAtJoining,
            BigDecimal changeSinceJoining,
            Trend trendSinceJoining) {}

    /** Whether the latest value is better than the first since joining, by the measure's improvement direction. */
    public enum Trend {
        IMPROVING,
        WORSENING,
        UNCHANGED,
        /** The measure has no preferred direction (NEUTRAL): the change is shown, not judged. */
        NOT_JUDGED
    }

    /**
     * A member's latest period split by one breakdown, as the viewer may see it: raw for a Trust in the viewer's raw
     * view, else through small-number suppression (a hidden count is null and its part {@code suppressed}).
     * {@code numerator} is a plain measure's value.
     */
    public record LatestParts(
            UUID trustId,
            String period,
            Breakdown breakdown,
            BigDecimal numerator,
            BigDecimal denominator,
            boolean suppressed,
            List<PartShown> parts) {}

    /** One part of {@link LatestParts}: a rate's numerator, denominator and rate, or a plain measure's value. */
    public record PartShown(
            String code,
            String label,
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal rate,
            boolean suppressed) {}

    /** The standings, and each member's latest parts by {@code breakdown} (null when no measure has breakdowns). */
    public record Compared(List<Standing> standings, Breakdown breakdown, Map<UUID, LatestParts> parts) {}

    /** One small chart of {@link #smallMultiples}: a member, as it is to be labelled, and when it joined. */
    public record Panel(String label, UUID trustId, LocalDate joinedOn) {}

    private final MeasureRepository measures;
    private final ObservationRepository observations;
    private final SeriesReader seriesReader;
    private final MeasureTemplates templates;
    private final MeasureService measureService;
    private final ObservationService observationService;
    private final CurrentCaller caller;
    private final SvgRenderer svg;
    private final TrustVersionRepository versions;
    private final DisclosurePolicy disclosure;
    private final Computations computations;

    /**
     * A drawing of small multiples: what it shows (title, template, each panel's label, Trust and joining date, which
     * is all a caller's view changes) and the change number of each Trust drawn, so a drawing is never served to a
     * caller who would be shown other labels, nor after a member's figures change.
     */
    private record Drawing(String title, String templateCode, List<Panel> panels, Map<UUID, Long> seqs) {}

    /**
     * A comparison as of one state: what is asked (template, members in order with their joining dates, breakdown,
     * the members shown raw, which is all a caller's view changes) and the change number of each member's Trust.
     */
    private record Comparison(
            String templateCode,
            List<Map.Entry<UUID, LocalDate>> joined,
            String breakdown,
            Set<UUID> raw,
            Map<UUID, Long> seqs) {}

    /** A few hundred bytes each: the standings and one period's parts per member. */
    private final Cache<Comparison, Compared> comparisons = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** Kept compressed (see {@link Packed}). */
    private final Cache<Drawing, Packed> drawings = Caffeine.newBuilder()
            .maximumWeight(8L * 1024 * 1024)
            .weigher((Drawing key, Packed value) -> value.weight())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    public SharedMeasures(
            MeasureRepository measures,
            ObservationRepository observations,
            SeriesReader seriesReader,
            MeasureTemplates templates,
            MeasureService measureService,
            ObservationService observationService,
            CurrentCaller caller,
            SvgRenderer svg,
            TrustVersionRepository versions,
            DisclosurePolicy disclosure,
            Computations computations) {
        this.computations = computations;
        this.disclosure = disclosure;
        this.versions = versions;
        this.measures = measures;
        this.observations = observations;
        this.seriesReader = seriesReader;
        this.templates = templates;
        this.measureService = measureService;
        this.observationService = observationService;
        this.caller = caller;
        this.svg = svg;
    }

    public boolean isTemplate(String code) {
        return templates.find(code).isPresent();
    }

    /** The template's name, for titles ("Restraint episodes per 1,000 occupied bed days"). */
    public String templateName(String code) {
        return templates.find(code).map(MeasureTemplate::name).orElse(code);
    }

    /** The template's unit ("per 1,000 bed days"): the unit the members of a set share. */
    public String templateUnit(String code) {
        return templates.find(code).map(MeasureTemplate::unit).orElse(null);
    }

    /**
     * The Trust's measure of the template: the oldest it has, or a new one made from the template (audited as any
     * measure). The caller has already been allowed to add the Trust to the set. Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID ensure(UUID trustId, String templateCode) {
        Optional<Measure> existing = measures.find(
                        "trustId = ?1 and templateCode = ?2 order by createdAt, id", trustId, templateCode)
                .firstResultOptional();
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        return measureService
                .add(
                        trustId,
                        new MeasureRequest(
                                templateCode,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                RecordedBy.TRUST, // a learning set's monthly report gives the Trust's figure
                                null,
                                null,
                                null,
                                null))
                .getId();
    }

    /** Each Trust's measure of each template (the oldest, when it has several): one statement. */
    public Map<UUID, Map<String, UUID>> links(Collection<UUID> trustIds, Collection<String> codes) {
        Map<UUID, Map<String, UUID>> links = new HashMap<>();
        for (Measure m : oldest(trustIds, codes)) {
            links.computeIfAbsent(m.getTrustId(), t -> new LinkedHashMap<>()).put(m.getTemplateCode(), m.getId());
        }
        return links;
    }

    /**
     * Records a report's figures as observations of the Trust's measures, all or none, within the caller's scope
     * (the Trust's own people file reports). Problems name the figures as {@code fieldPrefix[i].…}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID trustId, List<Figures> figures, String fieldPrefix) {
        Map<String, UUID> linked = links(
                        List.of(trustId),
                        figures.stream().map(Figures::templateCode).toList())
                .getOrDefault(trustId, Map.of());
        Map<UUID, List<ObservationItem>> byMeasure = new LinkedHashMap<>();
        Map<UUID, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            Figures f = figures.get(i);
            UUID measureId = linked.get(f.templateCode());
            if (measureId == null) {
                throw ApiException.invalid(
                        fieldPrefix + "[" + i + "].templateCode",
                        "the Trust has no measure of this template; it is not one the set shares");
            }
            byMeasure
                    .computeIfAbsent(measureId, id -> new ArrayList<>())
                    .add(new ObservationItem(f.period(), null, f.value(), f.numerator(), f.denominator(), null, null));
            fields.computeIfAbsent(measureId, id -> new ArrayList<>()).add(fieldPrefix + "[" + i + "].");
        }
        byMeasure.forEach((measureId, items) -> observationService.recordFrom(measureId, items, fields.get(measureId)));
    }

    /** What the Trusts recorded for the templates in the periods: two statements. */
    public List<Recorded> recorded(Collection<UUID> trustIds, Collection<String> codes, Collection<String> periods) {
        if (trustIds.isEmpty() || codes.isEmpty() || periods.isEmpty()) {
            return List.of();
        }
        Map<UUID, Measure> byId = new HashMap<>();
        oldest(trustIds, codes).forEach(m -> byId.put(m.getId(), m));
        if (byId.isEmpty()) {
            return List.of();
        }
        List<Recorded> recorded = new ArrayList<>();
        for (Observation o : observations
                .find(
                        "measureId in ?1 and unitId is null and period in ?2 order by periodStart, id",
                        byId.keySet(),
                        periods)
                .list()) {
            Measure m = byId.get(o.getMeasureId());
            recorded.add(new Recorded(
                    m.getTrustId(),
                    m.getTemplateCode(),
                    m.getId(),
                    o.getPeriod(),
                    Decimals.plain(o.getValue()),
                    Decimals.plain(o.getNumerator()),
                    Decimals.plain(o.getDenominator())));
        }
        return recorded;
    }

    /** Where each member stands on the template, from the summaries and series of their measures: two statements. */
    public List<Standing> standings(String templateCode, Map<UUID, LocalDate> joined) {
        Map<UUID, Measure> measureOf = measureOf(joined.keySet(), templateCode);
        return standings(joined, measureOf, seriesOf(measureOf.values()));
    }

    /**
     * Where each member stands, and the parts of its latest period by one breakdown ({@code breakdown}, else the first
     * of the first member's measure that has any; 400 naming the parameter when it is not a breakdown or no member's
     * measure has it), from the same statements as {@link #standings}: the series read carries the parts. A member
     * in {@code raw} is shown as recorded; every other through small-number suppression ({@link DisclosurePolicy}).
     * Computed once per question and state of the members' data (one statement, their change numbers): reading every
     * member's ward series with its parts is the costliest read of a learning set, and a set's members ask the same.
     */
    public Compared compare(String templateCode, Map<UUID, LocalDate> joined, String breakdown, Set<UUID> raw) {
        Map<UUID, Long> seqs = versions.lastSeqs(joined.keySet());
        Comparison question = new Comparison(
                templateCode,
                joined.entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), e.getValue()))
                        .toList(),
                breakdown,
                Set.copyOf(raw),
                Map.copyOf(seqs));
        // one computation per state, however many members ask at once: the others wait for it (Caffeine's loader)
        return computations.get(comparisons, question, key -> computeComparison(templateCode, joined, breakdown, raw));
    }

    private Compared computeComparison(
            String templateCode, Map<UUID, LocalDate> joined, String breakdown, Set<UUID> raw) {
        Map<UUID, Measure> measureOf = measureOf(joined.keySet(), templateCode);
        Map<UUID, List<Observation>> series = seriesOf(measureOf.values());
        List<Standing> standings = standings(joined, measureOf, series);
        List<Measure> inOrder = joined.keySet().stream()
                .map(measureOf::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        Breakdown chosen;
        if (breakdown != null) {
            chosen = Slice.parse(breakdown);
            if (inOrder.stream().noneMatch(m -> m.offers(chosen))) {
                throw ApiException.badParameter(
                        "breakdown", "no member's measure of " + templateCode + " is broken down by " + chosen);
            }
        } else {
            chosen = inOrder.stream()
                    .map(Measure::getBreakdowns)
                    .filter(list -> !list.isEmpty())
                    .map(list -> list.get(0))
                    .findFirst()
                    .orElse(null);
        }
        Map<UUID, LatestParts> parts = new LinkedHashMap<>();
        if (chosen != null) {
            for (Measure m : inOrder) {
                List<Observation> points = series.getOrDefault(m.getId(), List.of());
                if (m.offers(chosen) && !points.isEmpty()) {
                    parts.put(
                            m.getTrustId(),
                            latestParts(m, points.get(points.size() - 1), chosen, raw.contains(m.getTrustId())));
                }
            }
        }
        return new Compared(standings, chosen, parts);
    }

    private LatestParts latestParts(Measure m, Observation o, Breakdown breakdown, boolean raw) {
        MeasureRatio ratio = m.getRatio();
        BigDecimal numerator = ratio == null ? o.getValue() : o.getNumerator();
        BigDecimal denominator = ratio == null ? null : o.getDenominator();
        DisclosedFigure shown = raw ? null : disclosure.disclose(numerator, denominator, o.getParts());
        List<PartShown> parts = new ArrayList<>();
        for (Part p : o.getParts().effective(breakdown)) {
            BigDecimal num =
                    raw ? p.numerator() : shown.numerator(breakdown, p.code()).value();
            BigDecimal den = ratio == null || p.denominator() == null
                    ? null
                    : raw
                            ? p.denominator()
                            : shown.denominator(breakdown, p.code()).value();
            boolean hidden = !raw && shown.partSuppressed(breakdown, p.code());
            parts.add(new PartShown(
                    p.code(),
                    breakdown.isKnown(p.code()) ? breakdown.label(p.code()) : null,
                    Decimals.plain(num),
                    Decimals.plain(den),
                    hidden ? null : rate(ratio, num, den),
                    hidden));
        }
        return new LatestParts(
                m.getTrustId(),
                o.getPeriod(),
                breakdown,
                Decimals.plain(raw ? numerator : shown.numerator().value()),
                Decimals.plain(
                        raw || denominator == null
                                ? denominator
                                : shown.denominator().value()),
                !raw && shown.totalSuppressed(),
                parts);
    }

    /** A rate from the figures shown (rounded ones, when the disclosure rounds), or null without a denominator. */
    private static BigDecimal rate(MeasureRatio ratio, BigDecimal numerator, BigDecimal denominator) {
        if (ratio == null || numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return Decimals.plain(ratio.valueOf(numerator, denominator));
    }

    private List<Standing> standings(
            Map<UUID, LocalDate> joined, Map<UUID, Measure> measureOf, Map<UUID, List<Observation>> series) {
        List<Standing> standings = new ArrayList<>();
        for (Map.Entry<UUID, LocalDate> member : joined.entrySet()) {
            Measure m = measureOf.get(member.getKey());
            if (m == null) {
                standings.add(
                        new Standing(member.getKey(), null, null, 0, null, null, null, null, null, null, null, null));
                continue;
            }
            standings.add(standing(m, series.getOrDefault(m.getId(), List.of()), member.getValue()));
        }
        return standings;
    }

    /**
     * One small XmR chart per member, all on one value scale so their levels compare at a glance: drawn once per
     * view and state of the members' data (one statement, the members' change numbers), else the same two
     * statements more as {@link #standings}.
     */
    public String smallMultiples(String title, String templateCode, List<Panel> panels) {
        Map<UUID, Long> seqs =
                versions.lastSeqs(panels.stream().map(Panel::trustId).toList());
        Packed drawn = computations.get(
                drawings,
                new Drawing(title, templateCode, List.copyOf(panels), Map.copyOf(seqs)),
                key -> Packed.of(draw(title, templateCode, panels).getBytes(StandardCharsets.UTF_8)));
        return new String(drawn.unpack(), StandardCharsets.UTF_8);
    }

    private String draw(String title, String templateCode, List<Panel> panels) {
        Map<UUID, Measure> measureOf =
                measureOf(panels.stream().map(Panel::trustId).toList(), templateCode);
        Map<UUID, List<Observation>> series = seriesOf(measureOf.values());
        List<SmallMultiplesChart.Member> members = new ArrayList<>();
        for (Panel panel : panels) {
            Measure m = measureOf.get(panel.trustId());
            List<Observation> points = m == null ? List.of() : series.getOrDefault(m.getId(), List.of());
            XmrResult analysis = m == null
                    ? null
                    : MeasureSeries.analyse(
                                    m,
                                    points,
                                    points.stream().map(o -> o.toPoint(null)).toList())
                            .xmr();
            members.add(new SmallMultiplesChart.Member(panel.label(), m != null, analysis));
        }
        return svg.render(SmallMultiplesChart.draw(
                title, templates.find(templateCode).map(MeasureTemplate::unit).orElse(""), members));
    }

    private Standing standing(Measure m, List<Observation> series, LocalDate joinedOn) {
        MeasureSummary summary = m.getSummary();
        LocalDate from = m.getFrequency().periodOf(joinedOn).start();
        Observation first = series.stream()
                .filter(o -> !o.getPeriodStart().isBefore(from))
                .findFirst()
                .orElse(null);
        Observation last = series.isEmpty() ? null : series.get(series.size() - 1);
        BigDecimal change = null;
        Trend trend = null;
        if (first != null && last != first) {
            change = last.getValue().subtract(first.getValue());
            trend = switch (m.getImprovementDirection()) {
                case NEUTRAL -> Trend.NOT_JUDGED;
                case INCREASE ->
                    change.signum() > 0 ? Trend.IMPROVING : change.signum() < 0 ? Trend.WORSENING : Trend.UNCHANGED;
                case DECREASE ->
                    change.signum() < 0 ? Trend.IMPROVING : change.signum() > 0 ? Trend.WORSENING : Trend.UNCHANGED;
            };
        }
        return new Standing(
                m.getTrustId(),
                m.getId(),
                m.getUnit(),
                summary == null ? 0 : summary.points(),
                summary == null ? null : summary.latestPeriod(),
                summary == null ? null : Decimals.plain(summary.latestValue()),
                summary == null ? null : summary.variationIcon(),
                summary == null ? null : summary.assuranceIcon(),
                first == null ? null : first.getPeriod(),
                first == null ? null : Decimals.plain(first.getValue()),
                Decimals.plain(change),
                trend);
    }

    /** Each Trust's measure of each template: the oldest, when it has several (one statement). */
    private List<Measure> oldest(Collection<UUID> trustIds, Collection<String> codes) {
        if (trustIds.isEmpty() || codes.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        return measures
                .find("trustId in ?1 and templateCode in ?2 order by createdAt, id", trustIds, codes)
                .list()
                .stream()
                .filter(m -> seen.add(m.getTrustId() + "/" + m.getTemplateCode()))
                .toList();
    }

    private Map<UUID, Measure> measureOf(Collection<UUID> trustIds, String templateCode) {
        Map<UUID, Measure> measureOf = new HashMap<>();
        oldest(trustIds, List.of(templateCode)).forEach(m -> measureOf.put(m.getTrustId(), m));
        return measureOf;
    }

    /** The Trust series of each measure (a UNIT measure's derived from its units'): two statements at most. */
    private Map<UUID, List<Observation>> seriesOf(Collection<Measure> of) {
        if (of.isEmpty()) {
            return new HashMap<>();
        }
        return seriesReader.trustSeriesOf(
                of,
                observations
                        .find(
                                "measureId in ?1 order by measureId, periodStart",
                                of.stream().map(Measure::getId).toList())
                        .list());
    }
}
