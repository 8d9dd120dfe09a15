package org.imroc.tracker.learningset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imroc.tracker.caller.Caller;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.AsOfFeed;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.http.Tagged;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.time.BusinessCalendar;
import org.imroc.tracker.learningset.monthly.MonthlyReport;
import org.imroc.tracker.learningset.monthly.ReportRepository;
import org.imroc.tracker.measure.SharedMeasures;
import org.imroc.tracker.measure.groups.DisclosurePolicy;

/**
 * A fair comparison across the members of a set on one of its shared measures: each member's latest value, its
 * Making Data Count icons, the change since it joined, and its last report's scores, with Trusts named only to those
 * allowed to see them ({@link SetViewer}). The same few statements whatever the number of members: the set and its
 * members, the members' measures, their series, their reports, and the names shown.
 */
@ApplicationScoped
public class ComparisonService {

    private final SetAccess access;
    private final ReportRepository reports;
    private final LearningSetService setService;
    private final SharedMeasures shared;
    private final RepresentationTags tags;
    private final DisclosurePolicy disclosure;
    private final CurrentCaller caller;

    public ComparisonService(
            SetAccess access,
            ReportRepository reports,
            LearningSetService setService,
            SharedMeasures shared,
            RepresentationTags tags,
            DisclosurePolicy disclosure,
            CurrentCaller caller) {
        this.caller = caller;
        this.disclosure = disclosure;
        this.access = access;
        this.reports = reports;
        this.setService = setService;
        this.shared = shared;
        this.tags = tags;
    }

    /**
     * What a comparison depends on besides the stored records: the whole caller (scope, role, the sets it runs, its
     * disclosure all decide what it is shown), the question and the business date.
     */
    private record Question(Caller caller, UUID setId, String templateCode, String breakdown, LocalDate today) {}

    /**
     * The last comparison given for each question, while nothing was written since: asked again it costs no
     * statement beyond the caller check's (issue 27: reading the set, its members, their reports and names each time
     * held its p99 above 50 ms; docs/decisions/0040).
     */
    private final AsOfFeed<Question, Tagged<ComparisonResponse>> latest = new AsOfFeed<>(2_000, answer -> 1);

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/decisions/0012)
    public Tagged<ComparisonResponse> comparison(UUID setId, String templateCode, String breakdown) {
        Question question = new Question(caller.get(), setId, templateCode, breakdown, BusinessCalendar.today());
        return latest.get(caller.feedSeqAtCheck(), question, () -> {
            ComparisonResponse body = compare(access.visible(setId), templateCode, breakdown);
            return new Tagged<>(body, tags.of(body));
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String comparisonCsv(UUID setId, String templateCode, String breakdown) {
        ComparisonResponse body = compare(access.visible(setId), templateCode, breakdown);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of(
                "label",
                "trustId",
                "latestPeriod",
                "latestValue",
                "unit",
                "variationIcon",
                "assuranceIcon",
                "periodAtJoining",
                "valueAtJoining",
                "changeSinceJoining",
                "trendSinceJoining",
                "lastReportPeriod",
                "selfScore",
                "facultyScore",
                "breakdown",
                "code",
                "partLabel",
                "numerator",
                "denominator",
                "rate"));
        String breakdownName =
                body.breakdown() == null ? null : body.breakdown().name();
        for (ComparisonResponse.Item i : body.items()) {
            boolean totalHidden = i.latestParts() != null && i.latestParts().suppressed();
            List<Object> lead = Arrays.asList(
                    i.label(),
                    i.trustId(),
                    i.latestPeriod(),
                    shown(i.latestValue(), totalHidden),
                    i.unit(),
                    i.variationIcon(),
                    i.assuranceIcon(),
                    i.periodAtJoining(),
                    i.valueAtJoining(),
                    shown(i.changeSinceJoining(), totalHidden),
                    i.trendSinceJoining(),
                    i.lastReportPeriod(),
                    i.selfScore(),
                    i.facultyScore());
            ComparisonResponse.LatestParts parts = i.latestParts();
            List<Object> total = new ArrayList<>(lead);
            total.addAll(Arrays.asList(
                    null,
                    null,
                    null,
                    parts == null ? null : shown(parts.numerator(), parts.suppressed()),
                    parts == null ? null : shown(parts.denominator(), parts.suppressed()),
                    null));
            csv.row(total);
            if (parts == null) {
                continue;
            }
            for (ComparisonResponse.Part p : parts.parts()) {
                // long format: the member's columns repeated on each of its parts' rows, as the total row reads
                List<Object> row = new ArrayList<>(lead);
                row.addAll(Arrays.asList(
                        breakdownName,
                        p.code(),
                        p.label(),
                        shown(p.numerator(), p.suppressed()),
                        shown(p.denominator(), p.suppressed()),
                        shown(p.rate(), p.suppressed())));
                csv.row(row);
            }
        }
        csv.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Small multiples: one small XmR chart per member, on one scale, labelled as {@link #comparison} labels them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tagged<String> comparisonSvg(UUID setId, String templateCode) {
        SetAccess.Seen seen = access.visible(setId);
        requireShared(seen, templateCode);
        Map<UUID, String> names = names(seen);
        Map<UUID, String> labels = labels(seen, names);
        List<SharedMeasures.Panel> panels = ordered(seen, names).stream()
                .map(m -> new SharedMeasures.Panel(labels.get(m.getTrustId()), m.getTrustId(), m.getJoinedOn()))
                .toList();
        String svg = shared.smallMultiples(
                shared.templateName(templateCode) + " · " + seen.set().getName(), templateCode, panels);
        return new Tagged<>(svg, tags.of(List.of("svg", svg)));
    }

    /** What a CSV cell of a suppressed figure reads. */
    static final String HIDDEN = "*";

    /** A figure for CSV: {@code *} when null because suppressed. */
    private static Object shown(Object value, boolean suppressed) {
        return value == null && suppressed ? HIDDEN : value;
    }

    private ComparisonResponse compare(SetAccess.Seen seen, String templateCode, String breakdown) {
        requireShared(seen, templateCode);
        Map<UUID, String> names = names(seen);
        Map<UUID, String> labels = labels(seen, names);
        List<Member> members = ordered(seen, names);
        Map<UUID, LocalDate> joined = new LinkedHashMap<>();
        members.forEach(m -> joined.put(m.getTrustId(), m.getJoinedOn()));
        Map<UUID, SharedMeasures.Standing> standing = new HashMap<>();
        SharedMeasures.Compared compared = shared.compare(templateCode, joined, breakdown, raw(seen, joined.keySet()));
        compared.standings().forEach(s -> standing.put(s.trustId(), s));
        Map<UUID, MonthlyReport> lastReport = new HashMap<>();
        reports.ofSet(seen.set().getId(), TrustScope.only(joined.keySet())).stream()
                .filter(MonthlyReport::isSubmitted)
                .forEach(r -> lastReport.put(r.getTrustId(), r)); // in period order: the last one stays
        List<ComparisonResponse.Item> items = new ArrayList<>();
        String templateUnit = shared.templateUnit(templateCode);
        for (Member m : members) {
            SharedMeasures.Standing s = standing.get(m.getTrustId());
            MonthlyReport r = lastReport.get(m.getTrustId());
            boolean named = seen.names(m.getTrustId());
            SharedMeasures.LatestParts parts = compared.parts().get(m.getTrustId());
            // a rate computed from a hidden count is hidden too: the latest value, and the change that leads to it
            boolean hideLatest = parts != null
                    && parts.suppressed()
                    && s != null
                    && parts.period().equals(s.latestPeriod());
            items.add(new ComparisonResponse.Item(
                    labels.get(m.getTrustId()),
                    named ? m.getTrustId() : null,
                    seen.viewer().scope().includes(m.getTrustId())
                            && !seen.viewer().scope().all(),
                    s == null ? null : s.points(),
                    s == null ? null : s.latestPeriod(),
                    s == null || hideLatest ? null : s.latestValue(),
                    unit(s, named, templateUnit),
                    s == null ? null : s.variationIcon(),
                    s == null ? null : s.assuranceIcon(),
                    s == null ? null : s.periodAtJoining(),
                    s == null ? null : s.valueAtJoining(),
                    s == null || hideLatest ? null : s.changeSinceJoining(),
                    s == null ? null : s.trendSinceJoining(),
                    r == null ? null : r.getPeriod(),
                    r == null ? null : r.getSelfScore(),
                    r == null ? null : r.getFacultyScore(),
                    latestParts(parts)));
        }
        return new ComparisonResponse(
                templateCode, shared.templateName(templateCode), templateUnit, compared.breakdown(), items);
    }

    /**
     * The members whose figures the caller sees raw: those whose Trust is in its scope, unless it is a PUBLIC key,
     * which sees every figure of people suppressed. Running the set does not make a member's figures raw.
     */
    private Set<UUID> raw(SetAccess.Seen seen, Set<UUID> members) {
        if (disclosure.callerSeesPublicFiguresOnly()) {
            return Set.of();
        }
        return members.stream()
                .filter(trustId -> seen.viewer().scope().includes(trustId))
                .collect(Collectors.toSet());
    }

    private static ComparisonResponse.LatestParts latestParts(SharedMeasures.LatestParts parts) {
        if (parts == null) {
            return null;
        }
        return new ComparisonResponse.LatestParts(
                parts.period(),
                parts.numerator(),
                parts.denominator(),
                parts.suppressed(),
                parts.parts().stream()
                        .map(p -> new ComparisonResponse.Part(
                                p.code(), p.label(), p.numerator(), p.denominator(), p.rate(), p.suppressed()))
                        .toList());
    }

    /**
     * The unit a member's figures are in: its own measure's, which is that Trust's own wording, so only to those
     * who may name it; to everyone else the template's unit when the measure keeps it, and nothing when the Trust
     * has reworded it (its figures may then not be in the template's unit, and its words are its own).
     */
    private static String unit(SharedMeasures.Standing s, boolean named, String templateUnit) {
        if (s == null || s.unit() == null) {
            return null;
        }
        return named || s.unit().equals(templateUnit) ? s.unit() : null;
    }

    private static void requireShared(SetAccess.Seen seen, String templateCode) {
        if (templateCode == null || !seen.set().getMeasureTemplateCodes().contains(templateCode)) {
            throw ApiException.badParameter(
                    "templateCode",
                    "must be one of the set's shared measures " + seen.set().getMeasureTemplateCodes());
        }
    }

    /** Current members in label order ({@link SetAccess.Seen#labelOrder}): the order says nothing a label does not. */
    private static List<Member> ordered(SetAccess.Seen seen, Map<UUID, String> names) {
        return seen.current().stream().sorted(seen.labelOrder(names)).toList();
    }

    private static Map<UUID, String> labels(SetAccess.Seen seen, Map<UUID, String> names) {
        Map<UUID, String> labels = new HashMap<>();
        seen.members().forEach(m -> labels.put(m.getTrustId(), seen.label(m, names)));
        return labels;
    }

    /** The names of the members the caller may name: one statement. */
    private Map<UUID, String> names(SetAccess.Seen seen) {
        return setService.names(seen.members().stream()
                .map(Member::getTrustId)
                .filter(seen::names)
                .toList());
    }
}
