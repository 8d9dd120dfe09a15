package org.imroc.tracker.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imroc.tracker.action.Action;
import org.imroc.tracker.action.ActionRepository;
import org.imroc.tracker.assessment.ChallengeProfileService;
import org.imroc.tracker.audit.TrustVersionRepository;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.Computations;
import org.imroc.tracker.common.http.Packed;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.templates.Templates;
import org.imroc.tracker.common.time.BusinessCalendar;
import org.imroc.tracker.cycle.CycleRepository;
import org.imroc.tracker.goal.Goal;
import org.imroc.tracker.goal.GoalRepository;
import org.imroc.tracker.measure.MeasureSummaryService;
import org.imroc.tracker.measure.groups.DisclosurePolicy;
import org.imroc.tracker.measure.groups.DisparitiesService;
import org.imroc.tracker.trust.Trust;
import org.imroc.tracker.trust.TrustRepository;

/**
 * A Trust's report for its board or a consultant's visit: one self-contained HTML page (inline SVG and CSS, no
 * scripts, fonts or links) that prints on A4 and carries its own Content-Security-Policy, so it opens offline under
 * the same strict policy the service sends. Built from the same services and analyses as the API, once per state of
 * the Trust (its change number moves on with every write to anything the report shows), start date and business
 * day; every caller who may see the Trust sees the same page (a PUBLIC key its own, with small counts hidden), so a
 * repeat costs the scope check and one statement. Its "Fair for everyone" section lists each rate broken down by
 * ethnic group against White, read in a fixed number of statements whatever the number of measures.
 */
@ApplicationScoped
public class TrustReportService {

    /** The most overdue actions a report lists (the rest are counted). */
    static final int MAX_ACTIONS = 200;
    /** The width the report draws each chart at (its column on A4). */
    static final int CHART_WIDTH = 720;

    private final TrustRepository trusts;
    private final GoalRepository goals;
    private final CycleRepository cycles;
    private final ActionRepository actions;
    private final ChallengeProfileService profiles;
    private final MeasureSummaryService measures;
    private final CurrentCaller caller;
    private final Template template;
    private final String css;
    private final String policy;
    private final String metaPolicy;
    private final TrustVersionRepository versions;
    private final DisparitiesService disparities;
    private final DisclosurePolicy disclosure;
    private final Computations computations;

    /** A report as of one change number of its Trust, for one start date, on one business day. */
    private record State(UUID trustId, long lastSeq, LocalDate from, LocalDate today, boolean published) {}

    /** Kept compressed (see {@link Packed}): 16 MB holds a few hundred reports of Trusts with many measures. */
    private final Cache<State, Packed> pages = Caffeine.newBuilder()
            .maximumWeight(16L * 1024 * 1024)
            .weigher((State key, Packed value) -> value.weight())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    public TrustReportService(
            TrustRepository trusts,
            GoalRepository goals,
            CycleRepository cycles,
            ActionRepository actions,
            ChallengeProfileService profiles,
            MeasureSummaryService measures,
            CurrentCaller caller,
            Templates templates,
            TrustVersionRepository versions,
            DisparitiesService disparities,
            DisclosurePolicy disclosure,
            Computations computations) {
        this.computations = computations;
        this.trusts = trusts;
        this.disparities = disparities;
        this.disclosure = disclosure;
        this.versions = versions;
        this.goals = goals;
        this.cycles = cycles;
        this.actions = actions;
        this.profiles = profiles;
        this.measures = measures;
        this.caller = caller;
        this.template = templates.get("report/trust-report.html");
        this.css = resource("report/report.css");
        this.metaPolicy = "default-src 'none'; style-src 'sha256-" + sha256(css) + "'; img-src data:; "
                + "base-uri 'none'; form-action 'none'";
        // frame-ancestors works only as a header (browsers ignore it in a meta element, with a console warning)
        this.policy = metaPolicy + "; frame-ancestors 'none'";
    }

    /** The Content-Security-Policy the report is sent with (and carries in a meta element). */
    public String policy() {
        return policy;
    }

    /**
     * The report as UTF-8: a page of a Trust with many measures is over a megabyte, so it is kept compressed and
     * inflated straight into the response ({@link Packed#writeTo}), never copied whole on the way out.
     */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/decisions/0012)
    public StreamingOutput render(UUID trustId, LocalDate since) {
        if (!caller.scope().includes(trustId)) {
            throw ApiException.notFound("Trust", trustId);
        }
        long seq = versions.lastSeq(trustId).orElseThrow(() -> ApiException.notFound("Trust", trustId));
        LocalDate today = BusinessCalendar.today();
        LocalDate from = since == null ? today.minusMonths(12) : since;
        if (from.isAfter(today)) {
            throw ApiException.badParameter("since", "must not be after today (" + today + ")");
        }
        byte[][] composed = new byte[1][];
        boolean published = disclosure.callerSeesPublicFiguresOnly();
        Packed page = computations.get(pages, new State(trustId, seq, from, today, published), state -> {
            composed[0] = compose(trustId, from, today, published).getBytes(StandardCharsets.UTF_8);
            return Packed.of(composed[0]);
        });
        byte[] fresh = composed[0];
        return fresh != null ? out -> out.write(fresh) : page::writeTo;
    }

    private String compose(UUID trustId, LocalDate from, LocalDate today, boolean published) {
        Trust trust = trusts.findById(trustId);
        List<Goal> goalList = goals.ofTrust(trustId);
        Map<UUID, Goal> goalById = goalList.stream().collect(Collectors.toMap(Goal::getId, Function.identity()));
        List<Action> overdue = actions.page(
                trustId,
                new ActionRepository.Filter(null, null, true, null, null, null, null, null, null),
                today,
                new PageRequest(MAX_ACTIONS, null));
        MeasureSummaryService.Drawings drawings = measures.drawings(trustId, CHART_WIDTH);
        ReportView view = new ReportView(
                trust.getName(),
                trust.getOdsCode(),
                trust.getRegion(),
                today,
                from,
                css,
                profiles.svg(trustId).body(),
                profiles.tableRows(trustId),
                goalList.stream()
                        .map(g -> new ReportView.GoalLine(
                                g.getChallengeNumber(),
                                g.getTitle(),
                                g.getStatus().name(),
                                g.getOwner(),
                                g.getTargetDate(),
                                g.getLatestScore() == null
                                        ? null
                                        : g.getLatestScore()
                                                .stripTrailingZeros()
                                                .toPlainString(),
                                g.getLatestScoreAt() == null
                                        ? null
                                        : g.getLatestScoreAt()
                                                .atZone(ZoneId.of("Europe/London"))
                                                .toLocalDate()))
                        .toList(),
                cycles.reportLines(trustId, from).stream()
                        .map(c -> new ReportView.CycleLine(
                                goalById.containsKey(c.goalId())
                                        ? goalById.get(c.goalId()).getTitle()
                                        : "",
                                c.sequence(),
                                c.title(),
                                c.phase().name(),
                                c.doStartedOn(),
                                c.reviewedOn(),
                                c.decision() == null ? null : c.decision().name()))
                        .toList(),
                overdue.stream()
                        .limit(MAX_ACTIONS)
                        .map(a -> new ReportView.ActionLine(
                                a.getTitle(),
                                a.getOwner(),
                                a.getDueOn(),
                                a.getStatus().name(),
                                ChronoUnit.DAYS.between(a.getDueOn(), today)))
                        .toList(),
                overdue.size() > MAX_ACTIONS,
                drawings.table(),
                drawings.tableLines(),
                drawings.charts(),
                disparities.byEthnicGroup(trustId, published));
        return template.data("report", view).data("policy", metaPolicy).render();
    }

    private static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
