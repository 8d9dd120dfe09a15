package org.imroc.tracker.goal;

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
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.unit.UnitAuthority;
import org.imroc.tracker.unit.UnitRepository;

/** Goals of the Trusts in the caller's scope. Deleting a goal that has cycles, actions or measures is refused by the database. */
@ApplicationScoped
public class GoalService {

    static final String AUDIT_TYPE = "goal";

    private final GoalRepository goals;
    private final ProgressScoreRepository scores;
    private final TrustRepository trusts;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;
    private final AuditLog audit;
    private final Writes writes;
    private final RequestValidation validation;
    private final UnitRepository units;
    private final UnitAuthority unitAuthority;

    public GoalService(
            GoalRepository goals,
            ProgressScoreRepository scores,
            TrustRepository trusts,
            CurrentCaller caller,
            MergePatch mergePatch,
            AuditLog audit,
            Writes writes,
            RequestValidation validation,
            UnitRepository units,
            UnitAuthority unitAuthority) {
        this.units = units;
        this.unitAuthority = unitAuthority;
        this.validation = validation;
        this.goals = goals;
        this.scores = scores;
        this.trusts = trusts;
        this.caller = caller;
        this.mergePatch = mergePatch;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public GoalResponse create(UUID trustId, GoalRequest request) {
        trusts.requireKnown(trustId, caller.scope());
        validation.require(request);
        unitAuthority.requireWritable(trustId, request.unitId());
        units.requireOpenFor(trustId, request.unitId(), null);
        Goal goal = new Goal(trustId, request.status());
        apply(goal, request.form());
        goals.persistAndFlush(goal);
        GoalResponse created = GoalResponse.from(goal);
        audit.created(AUDIT_TYPE, trustId, goal.getId(), goal.getVersion(), created);
        return created;
    }

    @Transactional
    public Page<GoalResponse> list(
            UUID trustId,
            Integer challenge,
            GoalStatus status,
            UUID unitId,
            boolean includeSubunits,
            PageRequest page) {
        return page.toPage(
                trusts.pageOf(
                        trustId,
                        caller.scope(),
                        () -> goals.page(trustId, challenge, status, units.filterIds(unitId, includeSubunits), page)),
                Goal::cursor,
                GoalResponse::from);
    }

    @Transactional
    public GoalResponse get(UUID id) {
        return GoalResponse.from(find(id));
    }

    @Transactional
    public GoalResponse update(UUID id, String ifMatch, JsonNode patch) {
        Goal goal = find(id);
        return writes.update(AUDIT_TYPE, goal.getTrustId(), goal, ifMatch, GoalResponse::from, g -> {
            GoalUpdate changed = mergePatch.apply(GoalUpdate.from(g), patch, GoalUpdate.class);
            units.requireOpenFor(g.getTrustId(), changed.unitId(), g.getUnitId());
            apply(g, changed);
        });
    }

    @Transactional
    public GoalResponse transition(UUID id, String ifMatch, GoalTransitionRequest request) {
        Goal goal = find(id);
        return writes.transition(AUDIT_TYPE, goal.getTrustId(), goal, ifMatch, GoalResponse::from, g -> {
            validation.require(request);
            g.moveTo(request.to());
        });
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Goal goal = find(id);
        writes.delete(AUDIT_TYPE, goal.getTrustId(), goal, ifMatch, g -> {
            scores.deleteForGoal(id);
            goals.delete(g);
        });
    }

    Goal find(UUID id) {
        return goals.findInScope(id, caller.scope()).orElseThrow(() -> ApiException.notFound("Goal", id));
    }

    private static void apply(Goal goal, GoalUpdate form) {
        goal.update(
                form.challengeNumber(),
                form.title(),
                form.aimStatement(),
                form.targetValue(),
                form.unit(),
                form.targetDate(),
                form.priority(),
                form.owner());
        goal.placeOn(form.unitId());
    }
}
