package org.imroc.tracker.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PDSA phase rules, on the entity alone: every legal and every illegal move. */
class CycleStateMachineTest {

    /** The moves {@link PdsaCycle#moveTo} allows (STUDY → ACT happens only by recording the review). */
    private static final Map<CyclePhase, Set<CyclePhase>> LEGAL = Map.of(
            CyclePhase.PLAN, Set.of(CyclePhase.DO, CyclePhase.CANCELLED),
            CyclePhase.DO, Set.of(CyclePhase.STUDY, CyclePhase.CANCELLED));

    private static PdsaCycle cycleIn(CyclePhase phase) {
        PdsaCycle cycle = new PdsaCycle(UUID.randomUUID(), UUID.randomUUID(), 1, null);
        cycle.describe("Welcome group", "Peer-led welcome group", CyclePurpose.TEST);
        cycle.plan(plan("Learn whether it helps"), List.of(new PlanQuestion("Will people come?", "Half will")));
        if (phase == CyclePhase.PLAN) {
            return cycle;
        }
        if (phase == CyclePhase.CANCELLED) {
            cycle.moveTo(CyclePhase.CANCELLED, "Ward closed");
            return cycle;
        }
        cycle.moveTo(CyclePhase.DO, null);
        cycle.recordDo(new DoRecord(LocalDate.of(2026, 12, 1), null, true, "7 of 12 came", null));
        if (phase == CyclePhase.DO) {
            return cycle;
        }
        cycle.moveTo(CyclePhase.STUDY, null);
        if (phase == CyclePhase.STUDY) {
            return cycle;
        }
        cycle.recordReview();
        return cycle;
    }

    private static CyclePlan plan(String objective) {
        return new CyclePlan(objective, null, null, null, null, null);
    }

    @Test
    void theEntityTableIsTheTableThisTestExpects() {
        for (CyclePhase from : CyclePhase.values()) {
            assertThat(PdsaCycle.NEXT.from(from)).as(from.name()).isEqualTo(LEGAL.getOrDefault(from, Set.of()));
        }
    }

    private static void assertConflict(Runnable action, String messagePart) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT))
                .hasMessageContaining(messagePart);
    }

    @ParameterizedTest
    @EnumSource(CyclePhase.class)
    void everyMoveFromEveryPhaseIsAllowedOnlyIfLegal(CyclePhase from) {
        for (CyclePhase to : CyclePhase.values()) {
            PdsaCycle cycle = cycleIn(from);
            String move = from + " → " + to;
            if (LEGAL.getOrDefault(from, Set.of()).contains(to)) {
                cycle.moveTo(to, "a reason");
                assertThat(cycle.getPhase()).as(move).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> cycle.moveTo(to, "a reason")).as(move).isInstanceOf(ApiException.class);
                assertThat(cycle.getPhase()).as(move + " leaves the phase").isEqualTo(from);
            }
        }
    }

    @Test
    void startingNeedsAnObjectiveAndAPrediction() {
        PdsaCycle cycle = new PdsaCycle(UUID.randomUUID(), UUID.randomUUID(), 1, null);
        cycle.describe("t", "c", CyclePurpose.TEST);
        cycle.plan(plan(null), List.of(new PlanQuestion("Will people come?", null)));
        assertConflict(() -> cycle.moveTo(CyclePhase.DO, null), "plan.objective");
        assertConflict(() -> cycle.moveTo(CyclePhase.DO, null), "at least one with a prediction");
        cycle.plan(plan("Learn"), List.of(new PlanQuestion("Will people come?", "Yes")));
        cycle.moveTo(CyclePhase.DO, null);
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.DO);
    }

    @Test
    void studyingNeedsAStartDateAndObservations() {
        PdsaCycle cycle = cycleIn(CyclePhase.DO);
        cycle.recordDo(new DoRecord(null, null, null, null, null));
        assertConflict(() -> cycle.moveTo(CyclePhase.STUDY, null), "do.startedOn, do.observations");
        cycle.recordDo(new DoRecord(LocalDate.of(2026, 12, 1), null, null, " ", null));
        assertConflict(() -> cycle.moveTo(CyclePhase.STUDY, null), "do.observations");
    }

    @ParameterizedTest
    @EnumSource(
            value = CyclePhase.class,
            names = {"PLAN", "DO"})
    void cancellingNeedsAReasonAndKeepsIt(CyclePhase from) {
        PdsaCycle cycle = cycleIn(from);
        assertConflict(() -> cycle.moveTo(CyclePhase.CANCELLED, " "), "reason");
        cycle.moveTo(CyclePhase.CANCELLED, "Ward closed for refurbishment");
        assertThat(cycle.getCancelReason()).isEqualTo("Ward closed for refurbishment");
    }

    @Test
    void actIsReachedOnlyByTheReview() {
        PdsaCycle cycle = cycleIn(CyclePhase.STUDY);
        assertConflict(() -> cycle.moveTo(CyclePhase.ACT, null), "recording its review");
        cycle.recordReview();
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.ACT);
    }

    @ParameterizedTest
    @EnumSource(
            value = CyclePhase.class,
            names = {"PLAN", "DO", "ACT", "CANCELLED"})
    void onlyAStudiedCycleCanBeReviewed(CyclePhase phase) {
        PdsaCycle cycle = cycleIn(phase);
        assertConflict(cycle::recordReview, "reviewed in STUDY");
    }

    @Test
    void planFieldsChangeOnlyInPlanAndDoFieldsOnlyInDo() {
        for (CyclePhase phase : CyclePhase.values()) {
            PdsaCycle cycle = cycleIn(phase);
            if (phase == CyclePhase.PLAN) {
                cycle.requireEditable(true, false);
            } else {
                assertConflict(() -> cycle.requireEditable(true, false), "only be changed in PLAN");
            }
            if (phase == CyclePhase.DO) {
                cycle.requireEditable(false, true);
            } else {
                assertConflict(() -> cycle.requireEditable(false, true), "only be changed in DO");
            }
            cycle.requireEditable(false, false);
        }
        assertThat(EnumSet.allOf(CyclePhase.class)).hasSize(5);
    }
}
