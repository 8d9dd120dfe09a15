package org.imroc.tracker.measure.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The IHI run chart rules, each on a hand-made series whose median, runs and signals are counted in its comment. */
class RunChartTest {

    private static RunChartResult analyse(String... values) {
        return RunChart.analyse(Series.of(values), RunChartSettings.DEFAULT);
    }

    /**
     * A permutation of 1…16: median (8 + 9) / 2 = 8.5. Sides B B B A B A B A A B A B A B A A: runs BBB|A|B|A|B|AA|
     * B|A|B|A|B|AA = 12, crossings 11, longest run 3. No value repeats; the longest rise or fall is 2 steps.
     */
    @Test
    void countsRunsAndCrossingsAroundAnEvenMedian() {
        RunChartResult result =
                analyse("3", "8", "1", "12", "5", "14", "2", "9", "16", "4", "11", "6", "13", "7", "15", "10");

        assertThat(result.median()).isEqualByComparingTo("8.5");
        assertThat(result.n()).isEqualTo(16);
        assertThat(result.nUseful()).isEqualTo(16);
        assertThat(result.nOnMedian()).isZero();
        assertThat(result.runs()).isEqualTo(12);
        assertThat(result.crossings()).isEqualTo(11);
        assertThat(result.longestRun()).isEqualTo(3);
        // 16 useful points: 5 to 13 runs expected (see runsLimitsComeFromTheExactRunsDistribution)
        assertThat(result.runsLowerLimit()).isEqualTo(5);
        assertThat(result.runsUpperLimit()).isEqualTo(13);
        assertThat(result.tooFewRuns()).isFalse();
        assertThat(result.tooManyRuns()).isFalse();
        assertThat(result.shiftDetected()).isFalse();
        assertThat(result.trendDetected()).isFalse();
        assertThat(result.tooFewPoints()).isFalse();
        assertThat(result.points())
                .extracting(RunChartPoint::side)
                .startsWith(MedianSide.BELOW, MedianSide.BELOW, MedianSide.BELOW, MedianSide.ABOVE);
    }

    /**
     * 1…8 below the median, then 9…16 above, shuffled within each half: median 8.5, 2 runs, 1 crossing: fewer than
     * 5 is too few. Each half is 8 useful points on one side: two shifts. The longest rise is 3 points (2, 5, 7).
     */
    @Test
    void twoLongRunsAreTooFewRunsAndTwoShifts() {
        RunChartResult result =
                analyse("3", "1", "4", "2", "5", "7", "6", "8", "12", "10", "13", "9", "11", "15", "14", "16");

        assertThat(result.runs()).isEqualTo(2);
        assertThat(result.crossings()).isEqualTo(1);
        assertThat(result.longestRun()).isEqualTo(8);
        assertThat(result.tooFewRuns()).isTrue();
        assertThat(result.shiftDetected()).isTrue();
        assertThat(result.shifts())
                .containsExactly(
                        new RunChartShift("P01", "P08", 8, MedianSide.BELOW),
                        new RunChartShift("P09", "P16", 8, MedianSide.ABOVE));
        assertThat(result.points()).extracting(RunChartPoint::shift).containsOnly(true);
        assertThat(result.trendDetected()).isFalse();
    }

    /** 1, 16, 2, 15, …, 8, 9 alternate below and above 8.5 every point: 16 runs, more than 13 is too many. */
    @Test
    void alternatingEveryPointIsTooManyRuns() {
        RunChartResult result =
                analyse("1", "16", "2", "15", "3", "14", "4", "13", "5", "12", "6", "11", "7", "10", "8", "9");

        assertThat(result.runs()).isEqualTo(16);
        assertThat(result.crossings()).isEqualTo(15);
        assertThat(result.longestRun()).isEqualTo(1);
        assertThat(result.tooManyRuns()).isTrue();
        assertThat(result.tooFewRuns()).isFalse();
        assertThat(result.trendDetected()).isFalse();
    }

    /**
     * 4, 6, 5, 3 (below), 10 (on), 12, 14 (above), 10 (on), 13, 15 (above), 10 (on), 11, 16 (above). Sorted, the
     * 7th of 13 values is 10: median 10, three points on it, 10 useful. Useful sides BBBB AAAAAA: 2 runs, 1
     * crossing, and the six above make a shift although two points on the median sit among them. For 10 useful
     * points fewer than 3 runs is too few. The longest rise, 3, 10, 12, 14, is 4 points.
     */
    @Test
    void pointsOnTheMedianNeitherCountNorBreakAShift() {
        RunChartResult result = analyse("4", "6", "5", "3", "10", "12", "14", "10", "13", "15", "10", "11", "16");

        assertThat(result.median()).isEqualByComparingTo("10");
        assertThat(result.nOnMedian()).isEqualTo(3);
        assertThat(result.nUseful()).isEqualTo(10);
        assertThat(result.runs()).isEqualTo(2);
        assertThat(result.crossings()).isEqualTo(1);
        assertThat(result.longestRun()).isEqualTo(6);
        assertThat(result.shifts()).containsExactly(new RunChartShift("P06", "P13", 6, MedianSide.ABOVE));
        assertThat(result.points())
                .extracting(RunChartPoint::shift)
                .containsExactly(false, false, false, false, false, true, true, false, true, true, false, true, true);
        assertThat(result.points())
                .extracting(RunChartPoint::onMedian)
                .containsExactly(
                        false, false, false, false, true, false, false, true, false, false, true, false, false);
        assertThat(result.runsLowerLimit()).isEqualTo(3);
        assertThat(result.runsUpperLimit()).isEqualTo(9);
        assertThat(result.tooFewRuns()).isTrue();
        assertThat(result.trendDetected()).isFalse();
    }

    /**
     * 5, 9, 1, 2, 3, 3, 4, 5, 12, 8, 10, 7: counting only the first of the two 3s, points 3–9 rise through 1, 2, 3,
     * 4, 5, 12: 6 counted points, a trend (the repeat neither breaks it nor adds to it). Sorted, the 6th and 7th
     * values are 5 and 5: median 5, points 1 and 8 on it; useful sides A BBBBB AAAA: 3 runs, longest 5 (no shift).
     */
    @Test
    void aRepeatedValueCountsOnceInATrend() {
        RunChartResult result = analyse("5", "9", "1", "2", "3", "3", "4", "5", "12", "8", "10", "7");

        assertThat(result.median()).isEqualByComparingTo("5");
        assertThat(result.nOnMedian()).isEqualTo(2);
        assertThat(result.runs()).isEqualTo(3);
        assertThat(result.longestRun()).isEqualTo(5);
        assertThat(result.shiftDetected()).isFalse();
        assertThat(result.trends()).containsExactly(new RunChartTrend("P03", "P09", 6, TrendDirection.UP));
        assertThat(result.points())
                .extracting(RunChartPoint::trend)
                .containsExactly(false, false, true, true, true, true, true, true, true, false, false, false);
    }

    /** 10, 1, 2, 2, 3, 4, 0, 8, 6, 9: the rise 1, 2, 2, 3, 4 spans 5 points but counts 4, short of a trend of 5. */
    @Test
    void aRepeatedValueDoesNotLengthenATrend() {
        RunChartResult result = analyse("10", "1", "2", "2", "3", "4", "0", "8", "6", "9");

        assertThat(result.trendDetected()).isFalse();
        assertThat(result.points()).extracting(RunChartPoint::trend).containsOnly(false);
    }

    /**
     * 1, 2, 3, 4, 5, 4, 3, 2, 1, 6: a rise of 5 (points 1–5) and a fall of 5 (points 5–9) sharing the turning point.
     * Sorted 1, 1, 2, 2, 3, 3, 4, 4, 5, 6: median (3 + 3) / 2 = 3, points 3 and 7 on it.
     */
    @Test
    void aTurningPointEndsOneTrendAndStartsTheNext() {
        RunChartResult result = analyse("1", "2", "3", "4", "5", "4", "3", "2", "1", "6");

        assertThat(result.median()).isEqualByComparingTo("3");
        assertThat(result.trends())
                .containsExactly(
                        new RunChartTrend("P01", "P05", 5, TrendDirection.UP),
                        new RunChartTrend("P05", "P09", 5, TrendDirection.DOWN));
        assertThat(result.points())
                .extracting(RunChartPoint::trend)
                .containsExactly(true, true, true, true, true, true, true, true, true, false);
    }

    @Test
    void theShiftAndTrendLengthsAreSettings() {
        // the 6-point shift above and the 4-point rise of pointsOnTheMedianNeitherCountNorBreakAShift
        List<SeriesPoint> series = Series.of("4", "6", "5", "3", "10", "12", "14", "10", "13", "15", "10", "11", "16");

        RunChartResult strict = RunChart.analyse(series, new RunChartSettings(7, 5));
        RunChartResult loose = RunChart.analyse(series, new RunChartSettings(6, 4));

        assertThat(strict.shiftDetected()).isFalse();
        assertThat(loose.trends()).containsExactly(new RunChartTrend("P04", "P07", 4, TrendDirection.UP));
        assertThatThrownBy(() -> new RunChartSettings(2, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RunChartSettings.DEFAULT).isEqualTo(new RunChartSettings(6, 5));
    }

    /**
     * 1…9 rising: a 9-point trend and 4 points above the median 5, but with fewer than 10 points the chart says so
     * and signals nothing. Descriptive counts stay: 8 useful points, runs 2; no runs limits below 10 useful points.
     */
    @Test
    void fewerThanTenPointsSignalNothing() {
        RunChartResult result = analyse("1", "2", "3", "4", "5", "6", "7", "8", "9");

        assertThat(result.tooFewPoints()).isTrue();
        assertThat(result.median()).isEqualByComparingTo("5");
        assertThat(result.nUseful()).isEqualTo(8);
        assertThat(result.runs()).isEqualTo(2);
        assertThat(result.runsLowerLimit()).isNull();
        assertThat(result.runsUpperLimit()).isNull();
        assertThat(result.tooFewRuns()).isFalse();
        assertThat(result.tooManyRuns()).isFalse();
        assertThat(result.shiftDetected()).isFalse();
        assertThat(result.trendDetected()).isFalse();
        assertThat(result.trends()).isEmpty();
        assertThat(result.points()).extracting(RunChartPoint::trend).containsOnly(false);
    }

    @Test
    void theMedianIsExact() {
        // (0.2 + 0.3) / 2 = 0.25; with an odd count it is the middle value
        assertThat(analyse("0.1", "0.4", "0.3", "0.2").median()).isEqualByComparingTo("0.25");
        assertThat(analyse("0.7", "0.1", "0.3").median()).isEqualByComparingTo("0.3");
        assertThat(analyse("0.1", "0.2").points())
                .extracting(RunChartPoint::side)
                .containsExactly(MedianSide.BELOW, MedianSide.ABOVE);
    }

    @Test
    void anEmptySeriesHasNoMedian() {
        RunChartResult result = analyse();

        assertThat(result.median()).isNull();
        assertThat(result.n()).isZero();
        assertThat(result.runs()).isZero();
        assertThat(result.longestRun()).isZero();
        assertThat(result.tooFewPoints()).isTrue();
        assertThat(result.points()).isEmpty();
    }

    /**
     * Swed and Eisenhart's exact runs distribution with a = b = n/2: P(R = 2k) = 2·C(a−1, k−1)·C(b−1, k−1) / C(n, a),
     * P(R = 2k+1) = [C(a−1, k)·C(b−1, k−1) + C(a−1, k−1)·C(b−1, k)] / C(n, a); for a = b it is symmetric about
     * n/2 + 1. n = 10: C(10, 5) = 252, P(R ≤ 2) = 2/252 = 0.008 ≤ 0.025 but P(R ≤ 3) = 10/252 = 0.040: fewer than 3
     * is too few, more than 9 too many. n = 16: C(16, 8) = 12870, P(R ≤ 4) = (2 + 14 + 98)/12870 = 0.009, adding
     * R = 5 (294) gives 0.032: 5 and 13. n = 20: C(20, 10) = 184756, P(R ≤ 6) = (2 + 18 + 162 + 648 + 2592)/184756 =
     * 0.019, adding R = 7 (6048) gives 0.051: 7 and 15. Above 60 the normal approximation: n = 61 (30 and 31):
     * mean 1 + 1860/61 = 31.4918, sd √(1860 × 1799 / (3721 × 60)) = 3.8714, so ⌊31.4918 − 7.5879 − 0.5⌋ + 1 = 24
     * and ⌈31.4918 + 7.5879 + 0.5⌉ − 1 = 39; n = 100: mean 51, sd √(5000 × 4900 / 990000) = 4.9747, so
     * ⌊51 − 9.7504 − 0.5⌋ + 1 = 41 and ⌈51 + 9.7504 + 0.5⌉ − 1 = 61.
     */
    @Test
    void runsLimitsComeFromTheExactRunsDistribution() {
        assertThat(RunsLimits.forUsefulPoints(9)).isNull();
        assertThat(RunsLimits.forUsefulPoints(10)).isEqualTo(new RunsLimits(3, 9));
        assertThat(RunsLimits.forUsefulPoints(16)).isEqualTo(new RunsLimits(5, 13));
        assertThat(RunsLimits.forUsefulPoints(20)).isEqualTo(new RunsLimits(7, 15));
        // The published table (IHI Open School QI 104's transcription of Perla et al., Table 1) for 11 and 12 useful
        // points: 3 to 10 and 3 to 11, one run wider below than the 2.5 % tail gives.
        assertThat(RunsLimits.forUsefulPoints(11)).isEqualTo(new RunsLimits(3, 10));
        assertThat(RunsLimits.forUsefulPoints(12)).isEqualTo(new RunsLimits(3, 11));
        assertThat(RunsLimits.forUsefulPoints(60)).isEqualTo(new RunsLimits(24, 38));
        assertThat(RunsLimits.forUsefulPoints(61)).isEqualTo(new RunsLimits(24, 39));
        assertThat(RunsLimits.forUsefulPoints(100)).isEqualTo(new RunsLimits(41, 61));
    }
}
