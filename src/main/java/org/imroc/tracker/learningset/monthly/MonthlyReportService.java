package org.imroc.tracker.learningset.monthly;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrackedEntity;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.time.BusinessCalendar;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.learningset.LearningSet;
import org.imroc.tracker.learningset.LearningSetService;
import org.imroc.tracker.learningset.Member;
import org.imroc.tracker.learningset.SetAccess;
import org.imroc.tracker.measure.SharedMeasures;

/**
 * Monthly reports of the member Trusts. A Trust's own people (its lead, its consultant, an administrator) write and
 * submit its report; the set's facilitators read every member's and review them. Other members never see a Trust's
 * report: the comparison shows its scores under its pseudonym.
 */
@ApplicationScoped
public class MonthlyReportService {

    static final String AUDIT_TYPE = "learning-set-report";
    /** The most months a DUE list goes back. */
    static final int DUE_MONTHS = 24;

    private final ReportRepository reports;
    private final SetAccess access;
    private final LearningSetService setService;
    private final SharedMeasures shared;
    private final MergePatch mergePatch;
    private final RequestValidation validation;
    private final AuditLog audit;
    private final Writes writes;

    public MonthlyReportService(
            ReportRepository reports,
            SetAccess access,
            LearningSetService setService,
            SharedMeasures shared,
            MergePatch mergePatch,
            RequestValidation validation,
            AuditLog audit,
            Writes writes) {
        this.reports = reports;
        this.access = access;
        this.setService = setService;
        this.shared = shared;
        this.mergePatch = mergePatch;
        this.validation = validation;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public ReportResponse create(UUID setId, ReportRequest request) {
        validation.require(request);
        SetAccess.Seen seen = access.visible(setId);
        UUID trustId = request.trustId();
        requireOwnPeople(seen, trustId);
        Member member = seen.member(trustId);
        if (member == null || !member.isCurrent()) {
            throw ApiException.invalid("trustId", "is not a member of this set");
        }
        YearMonth period = YearMonth.parse(request.period());
        requireReportable(seen.set(), period);
        reports.find(setId, trustId, request.period()).ifPresent(existing -> {
            throw ApiException.conflict("The Trust's report for " + request.period() + " already exists: "
                    + "/api/v1/reports/" + existing.getId() + " (change it there while it is a DRAFT).");
        });
        MonthlyReport report = new MonthlyReport(setId, trustId, request.period());
        ReportNarrative n = request.narrative();
        report.write(n.tried(), n.learned(), n.barriers(), n.helpWanted(), request.selfScore());
        reports.persist(report);
        reports.flush();
        List<SharedMeasures.Figures> figures = new ArrayList<>();
        for (int i = 0; i < request.measureValues().size(); i++) {
            MeasureValueItem v = request.measureValues().get(i);
            if (!seen.set().getMeasureTemplateCodes().contains(v.templateCode())) {
                throw ApiException.invalid(
                        "measureValues[" + i + "].templateCode",
                        "is not one of the set's shared " + "measures "
                                + seen.set().getMeasureTemplateCodes());
            }
            figures.add(new SharedMeasures.Figures(
                    v.templateCode(),
                    v.period() == null ? request.period() : v.period(),
                    v.value(),
                    v.numerator(),
                    v.denominator()));
        }
        shared.record(trustId, figures, "measureValues");
        ReportResponse created = respond(seen, List.of(report)).get(0);
        audit.created(AUDIT_TYPE, trustId, report.getId(), report.getVersion(), created);
        return created;
    }

    /** Reports of the set the caller may read; {@code status=DUE} lists the months still to be reported instead. */
    @Transactional
    public Page<ReportResponse> list(UUID setId, ReportRepository.Filter filter, PageRequest page) {
        SetAccess.Seen seen = access.visible(setId);
        TrustScope scope = seen.viewer().scopeWithin(seen.set());
        if (filter.status() == ReportStatus.DUE) {
            return new Page<>(due(seen, scope, filter), null);
        }
        List<MonthlyReport> rows = reports.page(setId, scope, filter, page);
        List<ReportResponse> shown = respond(seen, rows);
        Map<UUID, ReportResponse> byId = shown.stream().collect(Collectors.toMap(ReportResponse::id, r -> r));
        return page.toPage(rows, TrackedEntity::cursor, r -> byId.get(r.getId()));
    }

    @Transactional
    public ReportResponse get(UUID id) {
        Found found = find(id);
        return respond(found.seen(), List.of(found.report())).get(0);
    }

    @Transactional
    public ReportResponse update(UUID id, String ifMatch, JsonNode patch) {
        Found found = find(id);
        MonthlyReport report = found.report();
        requireOwnPeople(found.seen(), report.getTrustId());
        return writes.update(AUDIT_TYPE, report.getTrustId(), report, ifMatch, viewOf(found.seen(), report), r -> {
            ReportUpdate changed = mergePatch.apply(ReportUpdate.from(r), patch, ReportUpdate.class);
            ReportNarrative n = changed.narrative();
            r.write(n.tried(), n.learned(), n.barriers(), n.helpWanted(), changed.selfScore());
        });
    }

    @Transactional
    public ReportResponse transition(UUID id, String ifMatch, ReportTransitionRequest request) {
        validation.require(request);
        Found found = find(id);
        MonthlyReport report = found.report();
        requireOwnPeople(found.seen(), report.getTrustId());
        return writes.transition(
                AUDIT_TYPE,
                report.getTrustId(),
                report,
                ifMatch,
                viewOf(found.seen(), report),
                r -> r.moveTo(request.to(), TrackedEntity.now()));
    }

    @Transactional
    public ReportResponse review(UUID id, String ifMatch, ReportReviewRequest request) {
        validation.require(request);
        Found found = find(id);
        MonthlyReport report = found.report();
        SetAccess.Seen seen = access.managed(found.seen());
        return writes.transition(
                AUDIT_TYPE,
                report.getTrustId(),
                report,
                ifMatch,
                viewOf(seen, report),
                r -> r.review(
                        request.feedback(),
                        request.facultyScore(),
                        seen.viewer().userId(),
                        TrackedEntity.now()));
    }

    /** The day a month's report falls due: the first day after it. */
    static LocalDate dueOn(String period) {
        return YearMonth.parse(period).plusMonths(1).atDay(1);
    }

    /**
     * A report the caller may read: of a set they see, and of a Trust in their scope unless they run the set;
     * otherwise 404, exactly as for none.
     */
    private Found find(UUID id) {
        MonthlyReport report = reports.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Report", id));
        SetAccess.Seen seen = access.visible(report.getLearningSetId(), () -> ApiException.notFound("Report", id));
        if (!seen.viewer().scopeWithin(seen.set()).includes(report.getTrustId())) {
            throw ApiException.notFound("Report", id);
        }
        return new Found(report, seen);
    }

    /** A report and its set as the caller sees it. */
    private record Found(MonthlyReport report, SetAccess.Seen seen) {}

    /** A Trust's own people file its report: those with the Trust in scope (who hold write rights). */
    private static void requireOwnPeople(SetAccess.Seen seen, UUID trustId) {
        if (!seen.viewer().scope().includes(trustId) || seen.viewer().role() == Role.INTEGRATION) {
            throw ApiException.forbidden("A Trust's own people write its report; facilitators review it.");
        }
    }

    private static void requireReportable(LearningSet set, YearMonth period) {
        YearMonth first = YearMonth.from(set.getStartsOn());
        YearMonth last = YearMonth.from(BusinessCalendar.today());
        if (set.getEndsOn() != null && YearMonth.from(set.getEndsOn()).isBefore(last)) {
            last = YearMonth.from(set.getEndsOn());
        }
        if (period.isBefore(first) || period.isAfter(last)) {
            throw ApiException.invalid("period", "must be a month of the set, " + first + " to " + last);
        }
    }

    /**
     * Each month that has ended since a current member joined (within the set's dates, at most
     * {@value #DUE_MONTHS} back) with no submitted report: the report statement and the names, whatever the number
     * of members.
     */
    private List<ReportResponse> due(SetAccess.Seen seen, TrustScope scope, ReportRepository.Filter filter) {
        LearningSet set = seen.set();
        if (!set.collectsReports()) {
            return List.of();
        }
        YearMonth last = YearMonth.from(BusinessCalendar.today()).minusMonths(1);
        if (set.getEndsOn() != null && YearMonth.from(set.getEndsOn()).isBefore(last)) {
            last = YearMonth.from(set.getEndsOn());
        }
        Map<String, MonthlyReport> filed = new HashMap<>();
        reports.ofSet(set.getId(), scope).forEach(r -> filed.put(r.getTrustId() + "/" + r.getPeriod(), r));
        List<Member> members = seen.current().stream()
                .filter(m -> scope.includes(m.getTrustId()))
                .filter(m -> filter.trustId() == null || filter.trustId().equals(m.getTrustId()))
                .toList();
        Map<UUID, String> names =
                setService.names(members.stream().map(Member::getTrustId).toList());
        List<ReportResponse> due = new ArrayList<>();
        for (Member m : members) {
            YearMonth from = YearMonth.from(set.getStartsOn());
            if (YearMonth.from(m.getJoinedOn()).isAfter(from)) {
                from = YearMonth.from(m.getJoinedOn());
            }
            if (from.isBefore(last.minusMonths(DUE_MONTHS - 1))) {
                from = last.minusMonths(DUE_MONTHS - 1);
            }
            for (YearMonth month = from; !month.isAfter(last); month = month.plusMonths(1)) {
                String period = month.toString();
                if (filter.period() != null && !filter.period().equals(period)) {
                    continue;
                }
                MonthlyReport r = filed.get(m.getTrustId() + "/" + period);
                if (r == null || !r.isSubmitted()) {
                    due.add(ReportResponse.due(set.getId(), m.getTrustId(), names.get(m.getTrustId()), period, r));
                }
            }
        }
        due.sort(Comparator.comparing(ReportResponse::period).thenComparing(r -> String.valueOf(r.label())));
        return due;
    }

    /**
     * One report as a write shows it before and after: its Trust's name and the month's shared-measure figures,
     * which the write does not change, are read once.
     */
    private Function<MonthlyReport, ReportResponse> viewOf(SetAccess.Seen seen, MonthlyReport report) {
        String label = setService.names(List.of(report.getTrustId())).get(report.getTrustId());
        List<SharedMeasures.Recorded> recorded = shared
                .recorded(Set.of(report.getTrustId()), seen.set().getMeasureTemplateCodes(), Set.of(report.getPeriod()))
                .stream()
                .filter(v -> v.period().equals(report.getPeriod()))
                .toList();
        return r -> ReportResponse.from(r, label, recorded);
    }

    /** The reports with their Trusts' names and the month's shared-measure figures: three statements. */
    private List<ReportResponse> respond(SetAccess.Seen seen, List<MonthlyReport> page) {
        Set<UUID> trusts = page.stream().map(MonthlyReport::getTrustId).collect(Collectors.toSet());
        Map<UUID, String> names = setService.names(List.copyOf(trusts));
        List<SharedMeasures.Recorded> recorded = shared.recorded(
                trusts,
                seen.set().getMeasureTemplateCodes(),
                page.stream().map(MonthlyReport::getPeriod).collect(Collectors.toSet()));
        return page.stream()
                .map(r -> ReportResponse.from(
                        r,
                        names.get(r.getTrustId()),
                        recorded.stream()
                                .filter(v -> v.period().equals(r.getPeriod()))
                                .toList()))
                .toList();
    }
}
