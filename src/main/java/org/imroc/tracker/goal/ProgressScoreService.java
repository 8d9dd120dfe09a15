package org.imroc.tracker.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.unit.UnitAuthority;

/** The IHI progress-score history of a goal; recording a score also makes it the goal's latest. */
@ApplicationScoped
public class ProgressScoreService {

    private final UnitAuthority unitAuthority;
    private final GoalService goalService;
    private final GoalRepository goals;
    private final ProgressScoreRepository scores;
    private final CurrentCaller caller;
    private final AuditLog audit;
    private final RequestValidation validation;

    public ProgressScoreService(
            GoalService goalService,
            GoalRepository goals,
            ProgressScoreRepository scores,
            CurrentCaller caller,
            AuditLog audit,
            RequestValidation validation,
            UnitAuthority unitAuthority) {
        this.unitAuthority = unitAuthority;
        this.validation = validation;
        this.goalService = goalService;
        this.goals = goals;
        this.scores = scores;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public ProgressScoreResponse record(UUID goalId, ProgressScoreRequest request) {
        Goal goal = goalService.find(goalId);
        unitAuthority.requireWritable(goal.getTrustId(), goal.getUnitId()); // a score is a write on its goal
        validation.require(request);
        if (!ProgressScore.isOnScale(request.score())) {
            throw ApiException.invalid("score", "must be a point of the IHI scale: 0.5, 1.0, 1.5 … 5.0");
        }
        ProgressScore score = new ProgressScore(
                goal, request.score(), request.note(), caller.get().name());
        scores.persist(score);
        ProgressScoreResponse created = ProgressScoreResponse.from(score);
        // the goal's row before the feed counter (which the audit takes), the order every writer follows
        boolean latest = goals.recordLatestScore(goalId, score.getScore(), score.getRecordedAt());
        audit.created("progress-score", goal.getTrustId(), score.getId(), 0, created);
        if (latest) {
            audit.updatedFields(
                    GoalService.AUDIT_TYPE,
                    goal.getTrustId(),
                    goalId,
                    goals.storedVersion(goalId),
                    List.of("latestScore", "latestScoreAt"));
        }
        return created;
    }

    @Transactional
    public Page<ProgressScoreResponse> history(UUID goalId, PageRequest page) {
        goalService.find(goalId);
        return page.toPage(scores.page(goalId, page), ProgressScore::cursor, ProgressScoreResponse::from);
    }

    @Transactional
    public ProgressScoreResponse get(UUID goalId, UUID scoreId) {
        goalService.find(goalId);
        ProgressScore score = scores.findByIdOptional(scoreId)
                .filter(s -> s.getGoalId().equals(goalId))
                .orElseThrow(() -> ApiException.notFound("Progress score", scoreId));
        return ProgressScoreResponse.from(score);
    }
}
