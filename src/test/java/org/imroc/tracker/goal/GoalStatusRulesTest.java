package org.imroc.tracker.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.junit.jupiter.api.Test;

/** A goal's status rules, on the entity alone: every move from every state. */
class GoalStatusRulesTest {

    /** The moves a goal may make, written out independently of {@link Goal#NEXT}. */
    private static final Map<GoalStatus, Set<GoalStatus>> LEGAL = Map.of(
            GoalStatus.ACTIVE, Set.of(GoalStatus.ACHIEVED, GoalStatus.DROPPED),
            GoalStatus.ACHIEVED, Set.of(GoalStatus.ACTIVE),
            GoalStatus.DROPPED, Set.of(GoalStatus.ACTIVE));

    @Test
    void everyMoveFromEveryStatus() {
        for (GoalStatus from : GoalStatus.values()) {
            for (GoalStatus to : GoalStatus.values()) {
                Goal goal = new Goal(UUID.randomUUID(), from);
                if (LEGAL.get(from).contains(to)) {
                    goal.moveTo(to);
                    assertThat(goal.getStatus()).as(from + " → " + to).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> goal.moveTo(to))
                            .as(from + " → " + to)
                            .isInstanceOfSatisfying(
                                    ApiException.class,
                                    e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
                    assertThat(goal.getStatus()).isEqualTo(from);
                }
            }
        }
    }

    @Test
    void aGoalIsAgreedActiveUnlessToldOtherwise() {
        assertThat(new Goal(UUID.randomUUID(), null).getStatus()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(new Goal(UUID.randomUUID(), GoalStatus.ACHIEVED).getStatus()).isEqualTo(GoalStatus.ACHIEVED);
    }
}
