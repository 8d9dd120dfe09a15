package org.imroc.tracker.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Action status rules on the entity alone. */
class ActionStatusRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Action actionIn(ActionStatus status) {
        Action action = new Action(UUID.randomUUID());
        action.describe("Book a room", null, "Sam", TODAY.plusDays(3));
        if (status != ActionStatus.OPEN) {
            action.moveTo(status, "waiting for estates", TODAY);
        }
        return action;
    }

    @ParameterizedTest
    @EnumSource(ActionStatus.class)
    void everyMoveIsAllowedOnlyIfTheTableSaysSo(ActionStatus from) {
        for (ActionStatus to : ActionStatus.values()) {
            Action action = actionIn(from);
            if (Action.NEXT.allows(from, to)) {
                action.moveTo(to, "reason", TODAY);
                assertThat(action.getStatus()).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> action.moveTo(to, "reason", TODAY))
                        .isInstanceOfSatisfying(
                                ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
                assertThat(action.getStatus()).isEqualTo(from);
            }
        }
    }

    @Test
    void doneRecordsTodayAndReopeningClearsIt() {
        Action action = actionIn(ActionStatus.IN_PROGRESS);
        action.moveTo(ActionStatus.DONE, null, TODAY);
        assertThat(action.getCompletedOn()).isEqualTo(TODAY);
        action.moveTo(ActionStatus.OPEN, null, TODAY.plusDays(1));
        assertThat(action.getCompletedOn()).isNull();
    }

    @Test
    void blockingNeedsAReasonAndUnblockingClearsIt() {
        Action action = actionIn(ActionStatus.OPEN);
        assertThatThrownBy(() -> action.moveTo(ActionStatus.BLOCKED, " ", TODAY))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED));
        action.moveTo(ActionStatus.BLOCKED, "No room free", TODAY);
        assertThat(action.getBlockedReason()).isEqualTo("No room free");
        action.moveTo(ActionStatus.IN_PROGRESS, null, TODAY);
        assertThat(action.getBlockedReason()).isNull();
    }

    @Test
    void overdueMeansPastDueAndStillOpen() {
        Action action = actionIn(ActionStatus.OPEN);
        LocalDate due = action.getDueOn();
        assertThat(action.isOverdue(due)).isFalse();
        assertThat(action.isOverdue(due.plusDays(1))).isTrue();
        action.moveTo(ActionStatus.DONE, null, due.plusDays(1));
        assertThat(action.isOverdue(due.plusDays(10))).isFalse();
    }
}
