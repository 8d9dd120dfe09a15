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
import java.util.UUID;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.http.Tagged;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.learningset.monthly.MonthlyReport;
import org.imroc.tracker.learningset.monthly.ReportRepository;
import org.imroc.tracker.measure.SharedMeasures;

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

    public ComparisonService(
            SetAccess access,
            ReportRepository reports,
            LearningSetService setService,
            SharedMeasures shared,
            RepresentationTags tags) {
        this.access = access;
        this.reports = reports;
        this.setService = setService;
        this.shared = shared;
        this.tags = tags;
    }

    @Transactional
    public Tagged<ComparisonResponse> comparison(UUID setId, String templateCode) {
        SetAccess.Seen seen = access.visible(setId);
        ComparisonResponse body = compare(seen, templateCode);
        return new Tagged<>(body, tags.of(body));
    }

    @Transactional
    public String comparisonCsv(UUID setId, String templateCode) {
        ComparisonResponse body = compare(access.visible(setId), templateCode);
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
                "facultyScore"));
        for (ComparisonResponse.Item i : body.items()) {
            csv.row(Arrays.asList(
                    i.label(),
                    i.trustId(),
                    i.latestPeriod(),
                    i.latestValue(),
                    i.unit(),
                    i.variationIcon(),
                    i.assuranceIcon(),
                    i.periodAtJoining(),
                    i.valueAtJoining(),
                    i.changeSinceJoining(),
                    i.trendSinceJoining(),
                    i.lastReportPeriod(),
                    i.selfScore(),
                    i.facultyScore()));
        }
        csv.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Small multiples: one small XmR chart per member, on one scale, labelled as {@link #comparison} labels them. */
    @Transactional
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

    private ComparisonResponse compare(SetAccess.Seen seen, String templateCode) {
        requireShared(seen, templateCode);
        Map<UUID, String> names = names(seen);
        Map<UUID, String> labels = labels(seen, names);
        List<Member> members = ordered(seen, names);
        Map<UUID, LocalDate> joined = new LinkedHashMap<>();
        members.forEach(m -> joined.put(m.getTrustId(), m.getJoinedOn()));
        Map<UUID, SharedMeasures.Standing> standing = new HashMap<>();
        shared.standings(templateCode, joined).forEach(s -> standing.put(s.trustId(), s));
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
            items.add(new ComparisonResponse.Item(
                    labels.get(m.getTrustId()),
                    named ? m.getTrustId() : null,
                    seen.viewer().scope().includes(m.getTrustId())
                            && !seen.viewer().scope().all(),
                    s == null ? null : s.points(),
                    s == null ? null : s.latestPeriod(),
                    s == null ? null : s.latestValue(),
                    unit(s, named, templateUnit),
                    s == null ? null : s.variationIcon(),
                    s == null ? null : s.assuranceIcon(),
                    s == null ? null : s.periodAtJoining(),
                    s == null ? null : s.valueAtJoining(),
                    s == null ? null : s.changeSinceJoining(),
                    s == null ? null : s.trendSinceJoining(),
                    r == null ? null : r.getPeriod(),
                    r == null ? null : r.getSelfScore(),
                    r == null ? null : r.getFacultyScore()));
        }
        return new ComparisonResponse(templateCode, shared.templateName(templateCode), templateUnit, items);
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
