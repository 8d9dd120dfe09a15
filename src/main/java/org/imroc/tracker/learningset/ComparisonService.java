package org.imroc.tracker.learningset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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

    public ComparisonService(SetAccess access, ReportRepository reports, LearningSetService setService,
            SharedMeasures shared, RepresentationTags tags) {
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
        csv.row(List.of("label", "trustId", "latestPeriod", "latestValue", "unit", "variationIcon", "assuranceIcon",
                "periodAtJoining", "valueAtJoining", "changeSinceJoining", "trendSinceJoining", "lastReportPeriod",
                "selfScore", "facultyScore"));
        for (ComparisonResponse.Item i : body.items()) {
            csv.row(Arrays.asList(i.label(), i.trustId(), i.latestPeriod(), i.latestValue(), body.unit(),
                    i.variationIcon(), i.assuranceIcon(), i.periodAtJoining(), i.valueAtJoining(),
                    i.changeSinceJoining(), i.trendSinceJoining(), i.lastReportPeriod(), i.selfScore(),
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
        Map<UUID, String> labels = labels(seen);
        List<SharedMeasures.Panel> panels = ordered(seen, labels).stream()
                .map(m -> new SharedMeasures.Panel(labels.get(m.getTrustId()), m.getTrustId(), m.getJoinedOn()))
                .toList();
        String svg = shared.smallMultiples(shared.templateName(templateCode) + " · " + seen.set().getName(),
                templateCode, panels);
        return new Tagged<>(svg, tags.of(List.of("svg", svg)));
    }

    private ComparisonResponse compare(SetAccess.Seen seen, String templateCode) {
        requireShared(seen, templateCode);
        Map<UUID, String> labels = labels(seen);
        List<Member> members = ordered(seen, labels);
        Map<UUID, LocalDate> joined = new LinkedHashMap<>();
        members.forEach(m -> joined.put(m.getTrustId(), m.getJoinedOn()));
        Map<UUID, SharedMeasures.Standing> standing = new HashMap<>();
        shared.standings(templateCode, joined).forEach(s -> standing.put(s.trustId(), s));
        Map<UUID, MonthlyReport> lastReport = new HashMap<>();
        reports.ofSet(seen.set().getId(), TrustScope.only(joined.keySet())).stream().filter(MonthlyReport::isSubmitted)
                .forEach(r -> lastReport.put(r.getTrustId(), r)); // in period order: the last one stays
        List<ComparisonResponse.Item> items = new ArrayList<>();
        String unit = null;
        for (Member m : members) {
            SharedMeasures.Standing s = standing.get(m.getTrustId());
            MonthlyReport r = lastReport.get(m.getTrustId());
            boolean named = seen.names(m.getTrustId());
            unit = unit == null && s != null ? s.unit() : unit;
            items.add(new ComparisonResponse.Item(labels.get(m.getTrustId()), named ? m.getTrustId() : null,
                    seen.viewer().scope().includes(m.getTrustId()) && !seen.viewer().scope().all(),
                    s == null ? null : s.points(), s == null ? null : s.latestPeriod(),
                    s == null ? null : s.latestValue(), s == null ? null : s.variationIcon(),
                    s == null ? null : s.assuranceIcon(), s == null ? null : s.periodAtJoining(),
                    s == null ? null : s.valueAtJoining(), s == null ? null : s.changeSinceJoining(),
                    s == null ? null : s.trendSinceJoining(), r == null ? null : r.getPeriod(),
                    r == null ? null : r.getSelfScore(), r == null ? null : r.getFacultyScore()));
        }
        return new ComparisonResponse(templateCode, shared.templateName(templateCode), unit, items);
    }

    private static void requireShared(SetAccess.Seen seen, String templateCode) {
        if (templateCode == null || !seen.set().getMeasureTemplateCodes().contains(templateCode)) {
            throw ApiException.badParameter("templateCode", "must be one of the set's shared measures "
                    + seen.set().getMeasureTemplateCodes());
        }
    }

    /**
     * Current members in label order, so the order says nothing a label does not: the names the caller may see
     * sort among the pseudonyms.
     */
    private static List<Member> ordered(SetAccess.Seen seen, Map<UUID, String> labels) {
        return seen.current().stream().sorted(Comparator.comparing((Member m) -> labels.get(m.getTrustId()))
                .thenComparing(Member::getPseudonym)).toList();
    }

    private Map<UUID, String> labels(SetAccess.Seen seen) {
        List<UUID> named = seen.members().stream().map(Member::getTrustId).filter(seen::names).toList();
        Map<UUID, String> names = setService.names(named);
        Map<UUID, String> labels = new HashMap<>();
        for (Member m : seen.members()) {
            labels.put(m.getTrustId(), seen.names(m.getTrustId())
                    ? names.getOrDefault(m.getTrustId(), m.getPseudonym()) : m.getPseudonym());
        }
        return labels;
    }
}
