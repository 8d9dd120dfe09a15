package org.imroc.tracker.measure.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.cycle.CycleRepository.Milestone;
import org.imroc.tracker.cycle.ReviewDecision;
import org.imroc.tracker.measure.Frequency;
import org.imroc.tracker.measure.MeasureSeries;
import org.imroc.tracker.measure.spc.ImprovementDirection;
import org.imroc.tracker.measure.spc.SeriesPoint;
import org.imroc.tracker.measure.spc.SpcSettings;
import org.imroc.tracker.measure.spc.XmrChart;
import org.imroc.tracker.measure.spc.XmrResult;
import org.junit.jupiter.api.Test;

/** Which rebases a chart suggests for a goal's adopted cycles (docs/decisions/0036), without Quarkus. */
class SuggestedRebaseItemTest {

    private static final UUID GOAL = UUID.randomUUID();

    /** Monthly points from 2023-01: {@code high} months alternating 20/22, then {@code low} alternating 10/12. */
    private static XmrResult step(int high, int low, String rebaseAt) {
        List<SeriesPoint> points = new ArrayList<>();
        YearMonth month = YearMonth.of(2023, 1);
        for (int i = 0; i < high + low; i++) {
            int value = (i < high ? 20 : 10) + (i % 2) * 2;
            points.add(new SeriesPoint(
                    month.toString(),
                    BigDecimal.valueOf(value),
                    null,
                    month.toString().equals(rebaseAt)));
            month = month.plusMonths(1);
        }
        return XmrChart.analyse(points, ImprovementDirection.DECREASE, null, SpcSettings.DEFAULT);
    }

    private static Milestone cycle(int sequence, String doStart, ReviewDecision decision) {
        return new Milestone(
                GOAL,
                sequence,
                "Cycle " + sequence,
                doStart == null ? null : LocalDate.parse(doStart),
                LocalDate.parse("2026-01-10"),
                decision,
                UUID.randomUUID());
    }

    private static List<SuggestedRebaseItem> suggested(XmrResult result, List<Milestone> cycles) {
        return SuggestedRebaseItem.of(Frequency.MONTHLY, result, cycles, List.of());
    }

    @Test
    void anAdoptedCycleGetsTheShiftThatStartsAtOrAfterItsDoPeriod() {
        Milestone adopted = cycle(2, "2023-12-15", ReviewDecision.ADOPT);
        assertThat(suggested(step(12, 12, null), List.of(adopted)))
                .containsExactly(new SuggestedRebaseItem("2024-01", adopted.cycleId(), "Cycle 2", "SHIFT", 12));
        // Do in the shift's own first month counts; the run of the first year (from 2023-01) never does
        Milestone sameMonth = cycle(3, "2024-01-31", ReviewDecision.ADOPT);
        assertThat(suggested(step(12, 12, null), List.of(sameMonth)))
                .extracting(SuggestedRebaseItem::period)
                .containsExactly("2024-01");
    }

    @Test
    void nothingForOtherDecisionsNoDoStartALaterDoOrAChangeAlreadyRebased() {
        XmrResult result = step(12, 12, null);
        assertThat(suggested(result, List.of(cycle(1, "2023-12-01", ReviewDecision.ADAPT))))
                .isEmpty();
        assertThat(suggested(result, List.of(cycle(1, "2023-12-01", ReviewDecision.ABANDON))))
                .isEmpty();
        assertThat(suggested(result, List.of(cycle(1, null, ReviewDecision.ADOPT))))
                .isEmpty();
        // the Do began after the shift started: the shift is not its doing
        assertThat(suggested(result, List.of(cycle(1, "2024-02-01", ReviewDecision.ADOPT))))
                .isEmpty();
        // an observation's rebase flag at or after the Do period: acted on
        assertThat(suggested(step(12, 12, "2024-03"), List.of(cycle(1, "2023-12-01", ReviewDecision.ADOPT))))
                .isEmpty();
        // a recorded rebase at or after the Do period, even one ahead of the data: acted on
        MeasureSeries.Rebase ahead = new MeasureSeries.Rebase(
                UUID.randomUUID(), "2030-01", LocalDate.of(2030, 1, 1), "Later", null, null, null);
        assertThat(SuggestedRebaseItem.of(
                        Frequency.MONTHLY,
                        result,
                        List.of(cycle(1, "2023-12-01", ReviewDecision.ADOPT)),
                        List.of(ahead)))
                .isEmpty();
    }

    @Test
    void aRebaseBeforeTheDoLeavesTheSuggestionInPeriodOrderOnePerCycle() {
        XmrResult result = step(12, 12, "2023-06"); // limits recalculated earlier, for another reason
        Milestone second = cycle(2, "2023-12-01", ReviewDecision.ADOPT);
        Milestone first = cycle(1, "2023-11-01", ReviewDecision.ADOPT);
        assertThat(suggested(result, List.of(second, first)))
                .extracting(SuggestedRebaseItem::period, SuggestedRebaseItem::pointsSinceChange)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2024-01", 12),
                        org.assertj.core.groups.Tuple.tuple("2024-01", 12));
        assertThat(suggested(
                        XmrChart.analyse(List.of(), ImprovementDirection.DECREASE, null, SpcSettings.DEFAULT),
                        List.of(first)))
                .isEmpty();
    }
}
