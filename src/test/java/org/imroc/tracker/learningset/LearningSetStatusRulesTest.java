package org.imroc.tracker.learningset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.junit.jupiter.api.Test;

/** A learning set's status rules, on the entity alone: every move from every state. */
class LearningSetStatusRulesTest {

    /** The moves a set may make, written out independently of {@link LearningSet#NEXT}. */
    private static final Map<LearningSetStatus, Set<LearningSetStatus>> LEGAL = Map.of(
            LearningSetStatus.PLANNED, Set.of(LearningSetStatus.ACTIVE, LearningSetStatus.CLOSED),
            LearningSetStatus.ACTIVE, Set.of(LearningSetStatus.CLOSED),
            LearningSetStatus.CLOSED, Set.of(LearningSetStatus.ACTIVE));

    @Test
    void everyMoveFromEveryStatus() {
        for (LearningSetStatus from : LearningSetStatus.values()) {
            for (LearningSetStatus to : LearningSetStatus.values()) {
                LearningSet set = new LearningSet("Set", from);
                if (LEGAL.get(from).contains(to)) {
                    set.moveTo(to);
                    assertThat(set.getStatus()).as(from + " → " + to).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> set.moveTo(to))
                            .as(from + " → " + to)
                            .isInstanceOfSatisfying(
                                    ApiException.class,
                                    e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
                    assertThat(set.getStatus()).isEqualTo(from);
                }
            }
        }
    }

    @Test
    void onlyASetPastPlanningCollectsReports() {
        assertThat(new LearningSet("Set", null).collectsReports()).isFalse();
        assertThat(new LearningSet("Set", LearningSetStatus.ACTIVE).collectsReports())
                .isTrue();
        assertThat(new LearningSet("Set", LearningSetStatus.CLOSED).collectsReports())
                .isTrue();
    }
}
