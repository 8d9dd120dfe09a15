package org.imroc.tracker.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.unit.Unit;
import org.imroc.tracker.unit.UnitAuthority;
import org.imroc.tracker.unit.UnitRepository;

/** PDSA cycles of the goals in the caller's scope: planning, recording the Do, and moving between phases. */
@ApplicationScoped
public class CycleService {

    static final String AUDIT_TYPE = "cycle";

    private final UnitAuthority unitAuthority;
    private final CycleRepository cycles;
    private final GoalRepository goals;
    private final TrustRepository trusts;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;
    private final AuditLog audit;
    private final Writes writes;
    private final RequestValidation validation;
    private final UnitRepository units;

    public CycleService(
            CycleRepository cycles,
            GoalRepository goals,
            TrustRepository trusts,
            CurrentCaller caller,
            MergePatch mergePatch,
            AuditLog audit,
            Writes writes,
            RequestValidation validation,
            UnitRepository units,
            UnitAuthority unitAuthority) {
        this.unitAuthority = unitAuthority;
        this.units = units;
        this.validation = validation;
        this.cycles = cycles;
        this.goals = goals;
        this.trusts = trusts;
        this.caller = caller;
        this.mergePatch = mergePatch;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public CycleResponse create(UUID goalId, CycleRequest request) {
        PdsaCycle cycle = newCycleFor(goalId, request.previousCycleId());
        validation.require(request);
        cycle.describe(request.title(), request.changeIdea(), request.purpose());
        cycle.plan(request.plan().toPlan(), request.plan().toQuestions());
        UUID goalUnitId = goals.findById(goalId).getUnitId();
        if (request.unitId() == null) {
            cycle.placeOn(openOrNone(goalUnitId));
        } else {
            requireUnitFor(cycle.getTrustId(), goalUnitId, request.unitId(), null);
            cycle.placeOn(request.unitId());
        }
        unitAuthority.requireWritable(cycle.getTrustId(), cycle.getUnitId()); // the cycle's own unit decides
        cycles.persistAndFlush(cycle);
        CycleResponse created = CycleResponse.from(cycle);
        audit.created(AUDIT_TYPE, cycle.getTrustId(), cycle.getId(), cycle.getVersion(), created);
        return created;
    }

    /**
     * A new cycle numbered next in the goal's series. The goal row is locked while the number is chosen, so two
     * cycles created at once get different numbers.
     */
    PdsaCycle newCycleFor(UUID goalId, UUID previousCycleId) {
        Goal goal = goals.lockInScope(goalId, caller.scope()).orElseThrow(() -> ApiException.notFound("Goal", goalId));
        if (previousCycleId != null) {
            cycles.findInScope(previousCycleId, caller.scope())
                    .filter(previous -> previous.getGoalId().equals(goalId))
                    .orElseThrow(() -> ApiException.invalid("previousCycleId", "must be a cycle of the same goal"));
        }
        return new PdsaCycle(goal.getTrustId(), goalId, cycles.nextSequence(goalId), previousCycleId);
    }

    @Transactional
    public Page<CycleResponse> listForGoal(UUID goalId, PageRequest page) {
        goals.findInScope(goalId, caller.scope()).orElseThrow(() -> ApiException.notFound("Goal", goalId));
        return page.toPage(cycles.page(null, goalId, null, null, null, page), PdsaCycle::cursor, CycleResponse::from);
    }

    @Transactional
    public Page<CycleResponse> listForTrust(
            UUID trustId,
            CyclePhase phase,
            Integer challenge,
            UUID goalId,
            UUID unitId,
            boolean includeSubunits,
            PageRequest page) {
        return page.toPage(
                trusts.pageOf(
                        trustId,
                        caller.scope(),
                        () -> cycles.page(
                                trustId, goalId, phase, challenge, units.filterIds(unitId, includeSubunits), page)),
                PdsaCycle::cursor,
                CycleResponse::from);
    }

    @Transactional
    public CycleResponse get(UUID id) {
        return CycleResponse.from(find(id));
    }

    @Transactional
    public CycleResponse update(UUID id, String ifMatch, JsonNode patch) {
        PdsaCycle cycle = find(id);
        return writes.update(AUDIT_TYPE, cycle.getTrustId(), cycle, ifMatch, CycleResponse::from, c -> {
            CycleUpdate current = CycleUpdate.from(c);
            CycleUpdate changed = mergePatch.apply(current, patch, CycleUpdate.class);
            boolean planChanged = current.planDiffers(changed);
            boolean doChanged = current.doDiffers(changed);
            c.requireEditable(planChanged, doChanged);
            c.describe(changed.title(), changed.changeIdea(), changed.purpose());
            if (!java.util.Objects.equals(changed.unitId(), c.getUnitId())) {
                requireUnitFor(
                        c.getTrustId(), goals.findById(c.getGoalId()).getUnitId(), changed.unitId(), c.getUnitId());
                c.placeOn(changed.unitId());
            }
            if (planChanged) {
                c.plan(changed.plan().toPlan(), changed.plan().toQuestions());
            }
            if (doChanged) {
                c.recordDo(changed.doFields().toRecord());
            }
        });
    }

    @Transactional
    public CycleResponse transition(UUID id, String ifMatch, TransitionRequest request) {
        PdsaCycle cycle = find(id);
        return writes.transition(AUDIT_TYPE, cycle.getTrustId(), cycle, ifMatch, CycleResponse::from, c -> {
            validation.require(request);
            c.moveTo(request.to(), request.reason());
        });
    }

    /** Deletes a cycle that nothing refers to (no review, actions or follow-up cycle; the database refuses otherwise). */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        PdsaCycle cycle = find(id);
        writes.delete(AUDIT_TYPE, cycle.getTrustId(), cycle, ifMatch, cycles::delete);
    }

    /**
     * Checks the unit a cycle is put on: an open unit of the Trust (units.requireOpenFor) and, when its goal is on a
     * unit, that unit or one below it (a ward's test of a change the site agreed), never a unit elsewhere. 422.
     */
    private void requireUnitFor(UUID trustId, UUID goalUnitId, UUID unitId, UUID current) {
        units.requireOpenFor(trustId, unitId, current);
        if (unitId != null && goalUnitId != null && !units.isAtOrBelow(trustId, unitId, goalUnitId)) {
            throw ApiException.invalid("unitId", "must be the goal's unit or one of the units below it");
        }
    }

    /** The unit a new cycle of a goal starts on unless told: the goal's, while it is open; otherwise none. */
    UUID openOrNone(UUID unitId) {
        return unitId == null
                ? null
                : units.findByIdOptional(unitId)
                        .filter(Unit::isOpen)
                        .map(Unit::getId)
                        .orElse(null);
    }

    PdsaCycle find(UUID id) {
        return cycles.findInScope(id, caller.scope()).orElseThrow(() -> ApiException.notFound("Cycle", id));
    }
}
