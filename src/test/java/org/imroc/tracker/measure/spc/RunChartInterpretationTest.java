package org.imroc.tracker.measure.spc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A run chart read aloud: the exact sentences for too few points, random variation, a shift, a trend and the runs, on
 * hand-made series (IHI defaults: shift 6, trend 5) whose median and runs are counted in their comments.
 */
class RunChartInterpretationTest {

    private static final String NAME = "Peer support workers in post (WTE)";

    private static String read(ImprovementDirection direction, String... values) {
        RunChartResult result = RunChart.analyse(Series.of(values), RunChartSettings.DEFAULT);
        return Interpretation.of(result, Interpretation.Context.of(NAME, direction, null, "quarters"));
    }

    @Test
    void anEmptyChart() {
        assertThat(read(ImprovementDirection.INCREASE)).isEqualTo(NAME + " has no data yet.");
    }

    @Test
    void fewerThanTenPointsAreNotJudged() {
        assertThat(read(ImprovementDirection.INCREASE, "1", "2", "3", "4", "5"))
                .isEqualTo(NAME + " has only 5 quarters of data, too few for the run chart rules (10 are needed), so no"
                        + " signal is judged yet; the median so far is 3.");
    }

    /** {@link RunChartTest}'s permutation of 1…16: median 8.5, 12 runs (5 to 13 expected), no shift or trend. */
    @Test
    void randomVariation() {
        assertThat(read(
                        ImprovementDirection.INCREASE,
                        "3",
                        "8",
                        "1",
                        "12",
                        "5",
                        "14",
                        "2",
                        "9",
                        "16",
                        "4",
                        "11",
                        "6",
                        "13",
                        "7",
                        "15",
                        "10"))
                .isEqualTo(NAME + " shows only random variation around the median of 8.5: no shift, trend or unusual"
                        + " number of runs in 16 quarters.");
    }

    /**
     * 1…8 then 9…16, each half shuffled: median 8.5, two shifts of 8 (P01–P08 below, P09–P16 above), 2 runs where 5
     * to 13 are expected; no trend of 5. The latest shift is read, then the runs.
     */
    @Test
    void theLatestShiftThenTooFewRuns() {
        String[] values = {"3", "1", "4", "2", "5", "7", "6", "8", "12", "10", "13", "9", "11", "15", "14", "16"};

        assertThat(read(ImprovementDirection.DECREASE, values))
                .isEqualTo(NAME + " shows a signal of concern: 8 quarters in a row, from P09 to the latest, are above"
                        + " the median of 8.5. There are also too few runs (2 where 5 to 13 are expected), another sign"
                        + " that the process has changed.");
        assertThat(read(ImprovementDirection.INCREASE, values))
                .startsWith(NAME + " shows a signal of improvement: 8 quarters in a row");
    }

    /**
     * 1, 2 three times (P01–P06), then 9, 12, 8, 13, 7, 14, 9, 12: median (7 + 8) / 2 = 7.5. Sides: six below (a
     * shift that ended at P06), four above, one below, three above: 4 runs, 4 to 12 expected for 14 points; no trend.
     */
    @Test
    void aShiftThatEndedIsInThePastTense() {
        assertThat(read(
                        ImprovementDirection.NEUTRAL,
                        "1",
                        "2",
                        "1",
                        "2",
                        "1",
                        "2",
                        "9",
                        "12",
                        "8",
                        "13",
                        "7",
                        "14",
                        "9",
                        "12"))
                .isEqualTo(NAME + " shows a non-random signal: 6 quarters in a row, from P01 to P06, were below the"
                        + " median of 7.5.");
    }

    /**
     * 6, 4 alternating (P01–P07), then 2, 3, 5, 7, 9: median (5 + 6) / 2 = 5.5; the last 5 points rise (a trend of 5
     * ending at the latest); the longest run on one side is 3; 9 runs, 3 to 11 expected for 12 points.
     */
    @Test
    void anOngoingTrend() {
        assertThat(read(ImprovementDirection.INCREASE, "6", "4", "6", "4", "6", "4", "6", "2", "3", "5", "7", "9"))
                .isEqualTo(NAME + " shows a signal of improvement: 5 quarters in a row, from P08 to the latest, have"
                        + " risen steadily.");
    }

    /**
     * 9, 8, 6, 5, 3 (a falling trend of 5, P01–P05), then 7, 4 alternating: median (6 + 7) / 2 = 6.5; the longest
     * run on one side is 3; 9 runs, 3 to 11 expected for 12 points. The trend ended: past tense.
     */
    @Test
    void aTrendThatEndedIsInThePastTense() {
        assertThat(read(ImprovementDirection.DECREASE, "9", "8", "6", "5", "3", "7", "4", "7", "4", "7", "4", "7"))
                .isEqualTo(NAME + " shows a signal of improvement: 5 quarters in a row, from P01 to P05, fell"
                        + " steadily.");
    }

    /**
     * 1, 9 alternating for 14 points, then 2, 3, 7, 8, 9: median 7 (the 10th of 19), P17 on it. The last 5 points
     * rise (a trend from P15); 16 runs, 6 to 14 expected for 18 points off the median: too many as well.
     */
    @Test
    void aTrendThenTooManyRuns() {
        assertThat(read(
                        ImprovementDirection.INCREASE,
                        "1",
                        "9",
                        "1",
                        "9",
                        "1",
                        "9",
                        "1",
                        "9",
                        "1",
                        "9",
                        "1",
                        "9",
                        "1",
                        "9",
                        "2",
                        "3",
                        "7",
                        "8",
                        "9"))
                .isEqualTo(NAME + " shows a signal of improvement: 5 quarters in a row, from P15 to the latest, have"
                        + " risen steadily. There are also too many runs (16 where 6 to 14 are expected), a sign of"
                        + " alternating or mixed data.");
    }

    /** 1, 3 alternating 16 times: median 2, every point crosses it: 16 runs where 5 to 13 are expected. */
    @Test
    void tooManyRuns() {
        assertThat(read(
                        ImprovementDirection.INCREASE,
                        "1",
                        "3",
                        "1",
                        "3",
                        "1",
                        "3",
                        "1",
                        "3",
                        "1",
                        "3",
                        "1",
                        "3",
                        "1",
                        "3",
                        "1",
                        "3"))
                .isEqualTo(NAME + " shows a non-random signal: there are 16 runs where 5 to 13 are expected for 16"
                        + " points off the median of 2, so the data cross it more often than chance would, a sign of"
                        + " alternating or mixed data.");
    }

    /** 2, 1, 2, 1, 2 then 9, 8, 9, 8, 9: median 5, 2 runs of 5 (no shift of 6), 3 to 9 runs expected for 10 points. */
    @Test
    void tooFewRunsWithoutAShift() {
        assertThat(read(ImprovementDirection.INCREASE, "2", "1", "2", "1", "2", "9", "8", "9", "8", "9"))
                .isEqualTo(NAME + " shows a non-random signal: there are only 2 runs where 3 to 9 are expected for 10"
                        + " points off the median of 5, so the data stay on one side of it for longer than chance"
                        + " would.");
    }

    /** 11 points, 7 of them on the median of 5: only 4 useful points, too few to judge the runs. */
    @Test
    void runsAreNotJudgedWithFewerThanTenPointsOffTheMedian() {
        assertThat(read(ImprovementDirection.INCREASE, "5", "5", "5", "5", "1", "9", "5", "2", "8", "5", "5"))
                .isEqualTo(NAME + " shows no shift or trend around the median of 5 in 11 quarters; with only 4 points"
                        + " off the median, the number of runs cannot be judged.");
    }
}
