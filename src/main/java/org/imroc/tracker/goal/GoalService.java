package org.imroc.tracker.goal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.Preconditions;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.trust.TrustRepository;

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
    private final RequestValidation validation;

    public GoalService(
            GoalRepository goals,
            ProgressScoreRepository scores,
            TrustRepository trusts,
            CurrentCaller caller,
            MergePatch mergePatch,
            AuditLog audit,
            RequestValidation validation) {
        this.validation = validation;
        this.goals = goals;
        this.scores = scores;
        this.trusts = trusts;
        this.caller = caller;
        this.mergePatch = mergePatch;
        this.audit = audit;
    }

    @Transactional
    public GoalResponse create(UUID trustId, GoalRequest request) {
        trusts.requireKnown(trustId, caller.scope());
        validation.require(request);
        Goal goal = new Goal(trustId, request.status());
        apply(goal, request.form());
        goals.persistAndFlush(goal);
        GoalResponse created = GoalResponse.from(goal);
        audit.created(AUDIT_TYPE, trustId, goal.getId(), goal.getVersion(), created);
        return created;
    }

    @Transactional
    public Page<GoalResponse> list(UUID trustId, Integer challenge, GoalStatus status, PageRequest page) {
        return page.toPage(
                trusts.pageOf(trustId, caller.scope(), () -> goals.page(trustId, challenge, status, page)),
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
        Preconditions.requireMatch(ifMatch, goal.getVersion());
        GoalResponse before = GoalResponse.from(goal);
        apply(goal, mergePatch.apply(GoalUpdate.from(goal), patch, GoalUpdate.class));
        goals.flush();
        GoalResponse after = GoalResponse.from(goal);
        audit.updated(AUDIT_TYPE, goal.getTrustId(), id, goal.getVersion(), before, after);
        return after;
    }

    @Transactional
    public GoalResponse transition(UUID id, String ifMatch, GoalTransitionRequest request) {
        Goal goal = find(id);
        Preconditions.requireMatch(ifMatch, goal.getVersion());
        validation.require(request);
        goal.moveTo(request.to());
        goals.flush();
        audit.transitioned(AUDIT_TYPE, goal.getTrustId(), id, goal.getVersion(), List.of("status"));
        return GoalResponse.from(goal);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Goal goal = find(id);
        Preconditions.requireMatch(ifMatch, goal.getVersion());
        scores.deleteForGoal(id);
        goals.delete(goal);
        goals.flush();
        audit.deleted(AUDIT_TYPE, goal.getTrustId(), id, goal.getVersion());
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
    }
}
