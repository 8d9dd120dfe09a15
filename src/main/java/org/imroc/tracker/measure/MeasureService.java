package org.imroc.tracker.measure;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.goal.Goal;
import org.imroc.tracker.goal.GoalRepository;
import org.imroc.tracker.measure.rebase.MeasureRebaseRepository;
import org.imroc.tracker.measure.units.SeriesReader;
import org.imroc.tracker.trust.TrustRepository;

/**
 * Measures of the Trusts in the caller's scope. A measure linked to a goal takes the goal's challenge; one made
 * from a template takes every field the request leaves out from it. Deleting a measure deletes its observations.
 */
@ApplicationScoped
public class MeasureService {

    static final String AUDIT_TYPE = "measure";

    private final MeasureRepository measures;
    private final ObservationRepository observations;
    private final MeasureTemplates templates;
    private final GoalRepository goals;
    private final TrustRepository trusts;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;
    private final RequestValidation validation;
    private final AuditLog audit;
    private final Writes writes;
    private final SeriesReader seriesReader;
    private final MeasureRebaseRepository rebases;

    public MeasureService(
            MeasureRepository measures,
            ObservationRepository observations,
            MeasureTemplates templates,
            GoalRepository goals,
            TrustRepository trusts,
            CurrentCaller caller,
            MergePatch mergePatch,
            RequestValidation validation,
            AuditLog audit,
            Writes writes,
            SeriesReader seriesReader,
            MeasureRebaseRepository rebases) {
        this.rebases = rebases;
        this.seriesReader = seriesReader;
        this.measures = measures;
        this.observations = observations;
        this.templates = templates;
        this.goals = goals;
        this.trusts = trusts;
        this.caller = caller;
        this.mergePatch = mergePatch;
        this.validation = validation;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public MeasureResponse create(UUID trustId, MeasureRequest request) {
        trusts.requireKnown(trustId, caller.scope());
        return MeasureResponse.from(add(trustId, request));
    }

    /**
     * Adds a measure to a Trust: the one place a measure is created and its creation audited, whoever asks (the
     * measure endpoint, or a learning set the Trust joins; the caller has already been checked for the Trust).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Measure add(UUID trustId, MeasureRequest request) {
        validation.require(request);
        MeasureTemplate template = request.templateCode() == null
                ? null
                : templates
                        .find(request.templateCode())
                        .orElseThrow(() -> ApiException.invalid(
                                "templateCode", "no such template (see GET /api/v1/measure-templates)"));
        MeasureUpdate form = validation.require(request.over(template));
        if (measures.countOfTrust(trustId) >= Measure.MAX_PER_TRUST) {
            throw ApiException.conflict("The Trust already has " + Measure.MAX_PER_TRUST
                    + " measures, the most it can keep; delete one it no longer reports.");
        }
        Measure measure = new Measure(trustId, request.templateCode());
        apply(measure, form, false);
        measure.summarise(MeasureSeries.summary(measure, List.of(), List.of()));
        measures.persistAndFlush(measure);
        audit.created(AUDIT_TYPE, trustId, measure.getId(), measure.getVersion(), MeasureResponse.from(measure));
        return measure;
    }

    @Transactional
    public Page<MeasureResponse> list(UUID trustId, MeasureRepository.Filter filter, PageRequest page) {
        return page.toPage(
                trusts.pageOf(trustId, caller.scope(), () -> measures.page(trustId, filter, page)),
                Measure::cursor,
                MeasureResponse::from);
    }

    @Transactional
    public MeasureResponse get(UUID id) {
        return MeasureResponse.from(find(id));
    }

    @Transactional
    public MeasureResponse update(UUID id, String ifMatch, JsonNode patch) {
        Measure measure = measures.findInScopeForWrite(id, caller.scope())
                .orElseThrow(() -> ApiException.notFound("Measure", id));
        return writes.update(AUDIT_TYPE, measure.getTrustId(), measure, ifMatch, MeasureResponse::from, m -> {
            MeasureUpdate form = mergePatch.apply(MeasureUpdate.from(m), patch, MeasureUpdate.class);
            if (patch.hasNonNull("goalId") && !patch.has("challengeNumber")) {
                form = form.withChallengeNumber(null); // a new goal brings its own challenge
            }
            apply(m, form, observations.anyFor(id));
            m.summarise(
                    MeasureSeries.summary(m, seriesReader.trustSeries(m), rebases.ofSeries(m.getId(), m.getTrustId())));
        });
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Measure measure = measures.findInScopeForWrite(id, caller.scope())
                .orElseThrow(() -> ApiException.notFound("Measure", id));
        writes.delete(AUDIT_TYPE, measure.getTrustId(), measure, ifMatch, m -> {
            observations.deleteFor(id);
            rebases.deleteFor(id, m.getTrustId());
            measures.delete(m);
        });
    }

    public List<MeasureTemplateResponse> templates() {
        return templates.all().stream().map(MeasureTemplateResponse::from).toList();
    }

    Measure find(UUID id) {
        return measures.findInScope(id, caller.scope()).orElseThrow(() -> ApiException.notFound("Measure", id));
    }

    /** Sets the measure from a validated form: its goal must be of the same Trust, and gives the challenge. */
    private void apply(Measure measure, MeasureUpdate form, boolean hasObservations) {
        Integer challenge = form.challengeNumber();
        if (form.goalId() != null) {
            Goal goal =
                    goals.requireOfTrust(form.goalId(), measure.getTrustId(), "goalId", "no such goal in this Trust");
            if (challenge != null && challenge != goal.getChallengeNumber()) {
                throw ApiException.invalid(
                        "challengeNumber",
                        "the goal is of challenge " + goal.getChallengeNumber()
                                + "; leave challengeNumber out to take the goal's");
            }
            challenge = goal.getChallengeNumber();
        }
        measure.define(
                form.name(),
                form.type(),
                form.definition(),
                form.unit(),
                form.improvementDirection(),
                form.target(),
                form.frequency(),
                form.ratio() == null ? null : form.ratio().toRatio(),
                hasObservations);
        measure.recordBy(form.recordedBy(), form.aggregation(), hasObservations);
        measure.breakDownBy(form.breakdowns());
        measure.link(form.goalId(), challenge);
        measure.configure(form.settings());
        if (hasObservations && measure.getSettings().chart().isProportion()) {
            observations.firstAboveDenominator(measure.getId()).ifPresent(period -> {
                throw ApiException.invalid(
                        "spc.chart",
                        "a " + measure.getSettings().chart() + " chart is of a proportion, but in " + period
                                + " the numerator exceeds the denominator; use U or U_PRIME for a rate of events");
            });
        }
    }
}
