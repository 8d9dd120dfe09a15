package org.imroc.tracker.measure.rebase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.cycle.CycleRepository;
import org.imroc.tracker.cycle.PdsaCycle;
import org.imroc.tracker.measure.Frequency;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.MeasureRepository;
import org.imroc.tracker.measure.MeasureSeries;
import org.imroc.tracker.measure.Period;
import org.imroc.tracker.measure.units.SeriesReader;
import org.imroc.tracker.unit.UnitAuthority;

/**
 * A measure's rebases. Whoever may record the measure's observations may add or remove one (a rebase is the
 * Trust's, so not a unit lead); whoever may read the measure may read them. Every write is audited (so the Trust's
 * change number moves and every cached analysis is computed again) and recomputes the measure's summary with the
 * measure locked, as an observation write does.
 */
@ApplicationScoped
public class MeasureRebaseService {

    static final String AUDIT_TYPE = "measure-rebase";

    private final MeasureRepository measures;
    private final MeasureRebaseRepository rebases;
    private final CycleRepository cycles;
    private final SeriesReader series;
    private final CurrentCaller caller;
    private final RequestValidation validation;
    private final UnitAuthority unitAuthority;
    private final AuditLog audit;
    private final Writes writes;

    public MeasureRebaseService(
            MeasureRepository measures,
            MeasureRebaseRepository rebases,
            CycleRepository cycles,
            SeriesReader series,
            CurrentCaller caller,
            RequestValidation validation,
            UnitAuthority unitAuthority,
            AuditLog audit,
            Writes writes) {
        this.measures = measures;
        this.rebases = rebases;
        this.cycles = cycles;
        this.series = series;
        this.caller = caller;
        this.validation = validation;
        this.unitAuthority = unitAuthority;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public MeasureRebaseResponse create(UUID measureId, MeasureRebaseRequest request) {
        Measure measure = forWrite(measureId);
        unitAuthority.requireWritable(measure.getTrustId(), (UUID) null); // the Trust's record, as its own figure
        validation.require(request);
        Period period = period(measure.getFrequency(), request.period());
        PdsaCycle cycle = request.cycleId() == null ? null : cycleOfGoal(measure, request.cycleId());
        if (rebases.inPeriod(measureId, measure.getTrustId(), period.label()).isPresent()) {
            throw ApiException.conflict("The measure already has a rebase at " + period.label()
                    + "; remove it (DELETE with If-Match) to record another reason.");
        }
        if (rebases.countOf(measureId, measure.getTrustId()) >= MeasureRebase.MAX_PER_MEASURE) {
            throw ApiException.invalid(
                    "period",
                    "the measure already has " + MeasureRebase.MAX_PER_MEASURE + " rebases, the most it keeps");
        }
        LocalDate first = rebases.firstPeriodStart(measureId, measure.getTrustId());
        MeasureRebase rebase = new MeasureRebase(
                measure,
                period,
                first == null ? null : measure.getFrequency().periodOf(first),
                request.cycleId(),
                request.reason(),
                caller.get().name());
        rebases.persistAndFlush(rebase);
        MeasureRebaseResponse body = MeasureRebaseResponse.from(rebase, cycle == null ? null : cycle.getTitle());
        audit.created(AUDIT_TYPE, measure.getTrustId(), rebase.getId(), rebase.getVersion(), body);
        seriesChanged(measure);
        return body;
    }

    @Transactional
    public Page<MeasureRebaseResponse> list(UUID measureId, PageRequest page) {
        Measure measure = find(measureId);
        List<MeasureRebase> rows = rebases.page(measureId, measure.getTrustId(), page);
        Map<UUID, String> titles = titles(
                measure.getTrustId(),
                rows.stream()
                        .map(MeasureRebase::getCycleId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        return page.toPage(
                rows,
                MeasureRebaseRepository::cursorOf,
                r -> MeasureRebaseResponse.from(r, r.getCycleId() == null ? null : titles.get(r.getCycleId())));
    }

    @Transactional
    public MeasureRebaseResponse get(UUID measureId, String period) {
        Measure measure = find(measureId);
        MeasureRebase rebase = inPeriod(measure, period);
        return MeasureRebaseResponse.from(rebase, title(rebase));
    }

    @Transactional
    public void delete(UUID measureId, String period, String ifMatch) {
        Measure measure = forWrite(measureId);
        writes.delete(AUDIT_TYPE, measure.getTrustId(), inPeriod(measure, period), ifMatch, r -> {
            rebases.delete(r);
            rebases.flush();
            seriesChanged(measure);
        });
    }

    /** After a change to the measure's rebases: its summary follows, and so does its series change number. */
    private void seriesChanged(Measure measure) {
        measure.summarise(MeasureSeries.summary(
                measure, series.trustSeries(measure), rebases.ofSeries(measure.getId(), measure.getTrustId())));
        measures.seriesChanged(measure.getId());
    }

    /**
     * The cycle named, when it is one of the measure's goal's in the measure's Trust; else 422 on cycleId, the same
     * for a cycle that does not exist and for one the caller may not see.
     */
    private PdsaCycle cycleOfGoal(Measure measure, UUID cycleId) {
        return cycles.findInScope(cycleId, caller.scope())
                .filter(c -> c.getTrustId().equals(measure.getTrustId()))
                .filter(c -> measure.getGoalId() != null && measure.getGoalId().equals(c.getGoalId()))
                .orElseThrow(() -> ApiException.invalid("cycleId", "no such PDSA cycle of the measure's goal"));
    }

    private static Period period(Frequency frequency, String text) {
        return frequency
                .parse(text.strip())
                .orElseThrow(() -> ApiException.invalid(
                        "period",
                        "is not a " + frequency.name().toLowerCase() + " period: write " + frequency.format()));
    }

    private String title(MeasureRebase rebase) {
        return rebase.getCycleId() == null
                ? null
                : titles(rebase.getTrustId(), List.of(rebase.getCycleId())).get(rebase.getCycleId());
    }

    /** The titles of the named cycles of the Trust, in one statement (none for no cycle). */
    private Map<UUID, String> titles(UUID trustId, List<UUID> cycleIds) {
        if (cycleIds.isEmpty()) {
            return Map.of();
        }
        return cycles.list("id in ?1 and trustId = ?2", cycleIds, trustId).stream()
                .collect(Collectors.toMap(PdsaCycle::getId, PdsaCycle::getTitle));
    }

    private MeasureRebase inPeriod(Measure measure, String period) {
        return rebases.inPeriod(measure.getId(), measure.getTrustId(), period)
                .orElseThrow(() -> ApiException.notFound("Rebase of period", period));
    }

    private Measure find(UUID id) {
        return measures.findInScope(id, caller.scope()).orElseThrow(() -> ApiException.notFound("Measure", id));
    }

    private Measure forWrite(UUID id) {
        return measures.findInScopeForWrite(id, caller.scope()).orElseThrow(() -> ApiException.notFound("Measure", id));
    }
}
