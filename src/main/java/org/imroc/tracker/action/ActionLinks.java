package org.imroc.tracker.action;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.cycle.CycleRepository;
import org.imroc.tracker.cycle.PdsaCycle;
import org.imroc.tracker.goal.Goal;
import org.imroc.tracker.goal.GoalRepository;

/**
 * Checks an action's links: the goal, cycle and visit must be of the action's Trust, and the cycle of the goal
 * (else 422). A cycle alone brings its goal; a goal brings its challenge.
 */
@ApplicationScoped
public class ActionLinks {

    private final GoalRepository goals;
    private final CycleRepository cycles;
    private final ActionVisits visits;

    public ActionLinks(GoalRepository goals, CycleRepository cycles, ActionVisits visits) {
        this.goals = goals;
        this.cycles = cycles;
        this.visits = visits;
    }

    /** The links to store. */
    public record Resolved(UUID goalId, UUID cycleId, Integer challengeNumber, UUID visitId) {}

    /** Checks the links and sets them on the action. */
    public void apply(Action action, UUID goalId, UUID cycleId, Integer challengeNumber, UUID visitId) {
        Resolved link = resolve(action.getTrustId(), goalId, cycleId, challengeNumber, visitId);
        action.link(link.goalId(), link.cycleId(), link.challengeNumber(), link.visitId());
    }

    public Resolved resolve(UUID trustId, UUID goalId, UUID cycleId, Integer challengeNumber, UUID visitId) {
        if (visitId != null) {
            visits.requireVisitOf(visitId, trustId);
        }
        UUID goal = goalId;
        if (cycleId != null) {
            PdsaCycle cycle = cycles.requireOfTrust(cycleId, trustId, "cycleId", "must be a cycle of the same Trust");
            if (goal != null && !goal.equals(cycle.getGoalId())) {
                throw ApiException.invalid("cycleId", "must be a cycle of the goal given in goalId");
            }
            goal = cycle.getGoalId();
        }
        if (goal == null) {
            return new Resolved(null, null, challengeNumber, visitId);
        }
        Goal linked = goals.requireOfTrust(goal, trustId, "goalId", "must be a goal of the same Trust");
        if (challengeNumber != null && challengeNumber != linked.getChallengeNumber()) {
            throw ApiException.invalid(
                    "challengeNumber", "must be the linked goal's challenge (" + linked.getChallengeNumber() + ")");
        }
        return new Resolved(goal, cycleId, linked.getChallengeNumber(), visitId);
    }
}
