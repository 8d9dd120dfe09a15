package org.imroc.tracker.rollup;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.audit.TrustVersionRepository;
import org.imroc.tracker.audit.TrustVersions;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.http.AsOfFeed;
import org.imroc.tracker.common.http.Packed;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.http.Tagged;
import org.imroc.tracker.common.paging.Batches;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.time.BusinessCalendar;
import org.imroc.tracker.trust.Trust;
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.trust.TrustStatus;

/**
 * Progress roll-ups for one Trust and for the programme (every Trust in the caller's scope), as JSON or CSV.
 * Figures are computed once per state of the Trusts they cover: each Trust's last change-feed number (kept by the
 * audit log on every write, on any instance) and the business date key a cache of the computed figures, so a poll
 * that finds nothing new costs one small read (none while nothing at all was written: {@link TrustVersions}), and its
 * 304 is decided without computing anything. The ETag is
 * still a hash of the figures, so it changes when, and only when, a figure does.
 */
@ApplicationScoped
public class RollupService {

    private static final int EXPORT_BATCH = 200;

    private final RollupCalculator calculator;
    private final TrustRepository trusts;
    private final TrustVersionRepository versions;
    private final TrustVersions trustVersions;
    private final CurrentCaller caller;
    private final RepresentationTags tags;
    private final Cache<TrustState, Tagged<TrustProgressResponse>> trustFigures = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();
    /**
     * Pages kept serialised and compressed (see {@link Packed}): a page of 50 rows is tens of kilobytes of JSON, so
     * serialising it on every read cost more than the rest of the read (issue 27's profile).
     */
    private final Cache<List<Object>, Tagged<Packed>> programmeFigures = Caffeine.newBuilder()
            .maximumWeight(4L * 1024 * 1024)
            .weigher((List<Object> key, Tagged<Packed> value) -> value.body().weight())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();
    /**
     * The last page given for each question, while nothing was written since: asked again, it costs no statement
     * beyond the caller check's (issue 27: reading the page's Trusts and their change numbers each time held the
     * programme view's p99 above 100 ms).
     */
    private final AsOfFeed<ProgrammeQuestion, Tagged<Packed>> latestPages =
            new AsOfFeed<>(4L * 1024 * 1024, page -> page.body().weight());

    public RollupService(
            RollupCalculator calculator,
            TrustRepository trusts,
            TrustVersionRepository versions,
            TrustVersions trustVersions,
            CurrentCaller caller,
            RepresentationTags tags) {
        this.trustVersions = trustVersions;
        this.calculator = calculator;
        this.trusts = trusts;
        this.versions = versions;
        this.caller = caller;
        this.tags = tags;
    }

    /** A Trust as of one change number and business date: its figures cannot differ. */
    private record TrustState(UUID trustId, long lastSeq, LocalDate today) {}

    /** What a programme page depends on besides the stored records. */
    private record ProgrammeQuestion(
            TrustScope scope, TrustStatus status, String region, PageRequest page, LocalDate today) {}

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/decisions/0012)
    public Tagged<TrustProgressResponse> trust(UUID trustId) {
        long seq = trustVersions.inScope(trustId);
        LocalDate today = BusinessCalendar.today();
        Tagged<TrustProgressResponse> figures =
                trustFigures.get(new TrustState(trustId, seq, today), state -> compute(trustId, today));
        TrustProgressResponse f = figures.body();
        return new Tagged<>(
                new TrustProgressResponse(
                        trustId,
                        Instant.now(),
                        f.challenges(),
                        f.goals(),
                        f.cycles(),
                        f.reviews(),
                        f.actions(),
                        f.visits(),
                        f.measures()),
                figures.etag());
    }

    private Tagged<TrustProgressResponse> compute(UUID trustId, LocalDate today) {
        RollupCalculator.Snapshot s = calculator.snapshot(List.of(trustId), today);
        TrustProgressResponse figures = new TrustProgressResponse(
                trustId,
                null,
                calculator.challengeFigures(s, trustId),
                calculator.goalFigures(s, trustId),
                calculator.cycleFigures(s, trustId),
                calculator.reviewFigures(s, trustId),
                calculator.actionFigures(s, trustId),
                calculator.visitFigures(s, trustId),
                calculator.measureFigures(s, trustId));
        return new Tagged<>(figures, tags.of(figures));
    }

    /** A page of the programme as JSON, with its content ETag. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/decisions/0012)
    public Tagged<byte[]> programme(TrustStatus status, String region, PageRequest page) {
        LocalDate today = BusinessCalendar.today();
        TrustScope scope = caller.scope();
        ProgrammeQuestion question = new ProgrammeQuestion(scope, status, region, page, today);
        return Packed.unpacked(latestPages.get(
                caller.feedSeqAtCheck(), question, () -> packedPage(scope, status, region, page, today)));
    }

    /** A programme page as it is sent: computed once per state of its Trusts, whichever question it answers. */
    private Tagged<Packed> packedPage(
            TrustScope scope, TrustStatus status, String region, PageRequest page, LocalDate today) {
        List<Trust> rows = trusts.page(scope, status, region, null, page);
        List<Trust> shown = rows.size() > page.limit() ? rows.subList(0, page.limit()) : rows;
        Map<UUID, Long> seqs =
                versions.lastSeqs(shown.stream().map(Trust::getId).toList());
        List<Object> state = new ArrayList<>(List.of(today, rows.size() > page.limit()));
        shown.forEach(trust -> state.add(trust.getId() + ":" + seqs.getOrDefault(trust.getId(), 0L)));
        return programmeFigures.get(state, key -> {
            Page<ProgrammeRowResponse> result = rowsOf(rows, page, today);
            ProgrammePage body = new ProgrammePage(result.items(), result.nextCursor());
            return Packed.of(tags.json(body));
        });
    }

    /** The Trust's figures as CSV rows of section, key and value. */
    public StreamingOutput trustCsv(UUID trustId) {
        TrustProgressResponse p = trust(trustId).body();
        return output -> {
            CsvWriter csv = new CsvWriter(output);
            csv.row(List.of("section", "key", "value"));
            csv.row(List.of("trust", "trustId", p.trustId()));
            csv.row(List.of("trust", "asOf", p.asOf()));
            for (TrustProgressResponse.ChallengeFigures c : p.challenges()) {
                String prefix = c.challengeNumber() + " " + c.code() + " ";
                csv.row(List.of("challenge", prefix + "baselineStage", value(c.baselineStage())));
                csv.row(List.of("challenge", prefix + "currentStage", value(c.currentStage())));
                csv.row(List.of("challenge", prefix + "change", value(c.change())));
                csv.row(List.of("challenge", prefix + "priority", value(c.priority())));
            }
            rows(
                    csv,
                    "goals",
                    p.goals().active(),
                    p.goals().achieved(),
                    p.goals().dropped(),
                    p.goals().total(),
                    "active",
                    "achieved",
                    "dropped",
                    "total");
            csv.row(List.of("goals", "latestScore", value(p.goals().latestScore())));
            rows(
                    csv,
                    "cycles",
                    p.cycles().plan(),
                    p.cycles().doing(),
                    p.cycles().study(),
                    p.cycles().act(),
                    "plan",
                    "do",
                    "study",
                    "act");
            rows(csv, "cycles", p.cycles().cancelled(), p.cycles().total(), "cancelled", "total");
            rows(
                    csv,
                    "reviews",
                    p.reviews().adopt(),
                    p.reviews().adapt(),
                    p.reviews().abandon(),
                    p.reviews().total(),
                    "adopt",
                    "adapt",
                    "abandon",
                    "total");
            rows(
                    csv,
                    "actions",
                    p.actions().open(),
                    p.actions().inProgress(),
                    p.actions().blocked(),
                    p.actions().done(),
                    "open",
                    "inProgress",
                    "blocked",
                    "done");
            rows(
                    csv,
                    "actions",
                    p.actions().cancelled(),
                    p.actions().overdue(),
                    p.actions().total(),
                    "cancelled",
                    "overdue",
                    "total");
            csv.row(List.of("visits", "lastCompletedOn", value(p.visits().lastCompletedOn())));
            csv.row(List.of("visits", "nextPlannedOn", value(p.visits().nextPlannedOn())));
            rows(
                    csv,
                    "measures",
                    p.measures().total(),
                    p.measures().improving(),
                    p.measures().concern(),
                    p.measures().failingTarget(),
                    "total",
                    "improving",
                    "concern",
                    "failingTarget");
            for (TrustProgressResponse.MeasureLine m : p.measures().items()) {
                String prefix = m.measureId() + " ";
                csv.row(List.of("measure", prefix + "name", m.name()));
                csv.row(List.of("measure", prefix + "latestPeriod", value(m.latestPeriod())));
                csv.row(List.of("measure", prefix + "latestValue", value(m.latestValue())));
                csv.row(List.of("measure", prefix + "variationIcon", value(m.variationIcon())));
                csv.row(List.of("measure", prefix + "assuranceIcon", value(m.assuranceIcon())));
            }
            csv.flush();
        };
    }

    /** Every Trust in scope, one row each, read and written in batches so the export never sits in memory whole. */
    public StreamingOutput programmeCsv(TrustStatus status, String region) {
        TrustScope scope = caller.scope();
        LocalDate today = BusinessCalendar.today();
        return output -> {
            CsvWriter csv = new CsvWriter(output);
            List<Object> header = new ArrayList<>(List.of(
                    "trustId",
                    "name",
                    "odsCode",
                    "status",
                    "region",
                    "activeGoals",
                    "cyclesInProgress",
                    "openActions",
                    "overdueActions",
                    "lastVisitOn",
                    "measures",
                    "measuresImproving",
                    "measuresOfConcern"));
            for (int n = 1; n <= 10; n++) {
                header.add("challenge" + n);
            }
            csv.row(header);
            Batches.forEach(EXPORT_BATCH, page -> programmePage(scope, status, region, page, today), batch -> {
                for (ProgrammeRowResponse r : batch) {
                    List<Object> row = new ArrayList<>(List.of(
                            r.trustId(),
                            r.name(),
                            r.odsCode(),
                            r.status(),
                            value(r.region()),
                            r.activeGoals(),
                            r.cyclesInProgress(),
                            r.openActions(),
                            r.overdueActions(),
                            value(r.lastVisitOn()),
                            r.measures(),
                            r.measuresImproving(),
                            r.measuresOfConcern()));
                    r.stages().forEach(stage -> row.add(value(stage)));
                    csv.row(row);
                }
                csv.flush();
            });
        };
    }

    private Page<ProgrammeRowResponse> programmePage(
            TrustScope scope, TrustStatus status, String region, PageRequest page, LocalDate today) {
        return rowsOf(trusts.page(scope, status, region, null, page), page, today);
    }

    /** The rows of a page of Trusts (fetched one beyond the limit), their figures read in one snapshot. */
    private Page<ProgrammeRowResponse> rowsOf(List<Trust> rows, PageRequest page, LocalDate today) {
        List<Trust> shown = rows.size() > page.limit() ? rows.subList(0, page.limit()) : rows;
        RollupCalculator.Snapshot s =
                calculator.snapshot(shown.stream().map(Trust::getId).toList(), today);
        return page.toPage(rows, Trust::cursor, trust -> calculator.row(s, trust));
    }

    private static void rows(CsvWriter csv, String section, Object... valuesThenKeys) {
        int half = valuesThenKeys.length / 2;
        for (int i = 0; i < half; i++) {
            csv.row(List.of(section, valuesThenKeys[half + i], valuesThenKeys[i]));
        }
    }

    private static Object value(Object value) {
        return value == null ? "" : value;
    }
}
