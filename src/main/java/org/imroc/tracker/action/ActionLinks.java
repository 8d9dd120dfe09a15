package org.imroc.tracker.action;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.cycle.CycleRepository;
import org.imroc.tracker.cycle.PdsaCycle;
import org.imroc.tracker.goal.Goal;
import org.imroc.tracker.goal.GoalRepository;

/**
 * Checks an action's links: the goal and cycle must be of the action's Trust and of each other (else 422). A cycle
 * alone brings its goal; a goal brings its challenge.
 */
@ApplicationScoped
public class ActionLinks {

    private final GoalRepository goals;
    private final CycleRepository cycles;

    public ActionLinks(GoalRepository goals, CycleRepository cycles) {
        this.goals = goals;
        this.cycles = cycles;
    }

    /** The links to store. */
    public record Resolved(UUID goalId, UUID cycleId, Integer challengeNumber) {
    }

    public Resolved resolve(UUID trustId, UUID goalId, UUID cycleId, Integer challengeNumber) {
        UUID goal = goalId;
        if (cycleId != null) {
            PdsaCycle cycle = cycles.findByIdOptional(cycleId).filter(c -> c.getTrustId().equals(trustId))
                    .orElseThrow(() -> ApiException.invalid("cycleId", "must be a cycle of the same Trust"));
            if (goal != null && !goal.equals(cycle.getGoalId())) {
                throw ApiException.invalid("cycleId", "must be a cycle of the goal given in goalId");
            }
            goal = cycle.getGoalId();
        }
        if (goal == null) {
            return new Resolved(null, null, challengeNumber);
        }
        Goal linked = goals.findByIdOptional(goal).filter(g -> g.getTrustId().equals(trustId))
                .orElseThrow(() -> ApiException.invalid("goalId", "must be a goal of the same Trust"));
        if (challengeNumber != null && challengeNumber != linked.getChallengeNumber()) {
            throw ApiException.invalid("challengeNumber", "must be the linked goal's challenge ("
                    + linked.getChallengeNumber() + ")");
        }
        return new Resolved(goal, cycleId, linked.getChallengeNumber());
    }
}
