package org.imroc.tracker.measure.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The special-cause rules of the XmR chart, one fixture per rule and edge, with NHSRplotthedots 0.2.x semantics.
 * Each fixture's mean, MR̄ and near-limit lines are worked out in its comment, so the test shows that only the
 * rule under test can fire.
 */
class XmrSpecialCauseTest {

    private static final double EPS = 1e-9;

    private static XmrResult analyse(String[] values, ImprovementDirection direction, SpcSettings settings) {
        return XmrChart.analyse(Series.of(values), direction, null, settings);
    }

    private static XmrResult analyse(String[] values, ImprovementDirection direction) {
        return analyse(values, direction, SpcSettings.DEFAULT);
    }

    private static void assertRules(XmrResult result, int firstPoint, int lastPoint, List<SpcRule> inside) {
        for (int i = 0; i < result.points().size(); i++) {
            int point = i + 1;
            List<SpcRule> expected = point >= firstPoint && point <= lastPoint ? inside : List.of();
            assertThat(result.points().get(i).rules()).as("point %d", point).isEqualTo(expected);
        }
    }

    /**
     * 2.3, 2.4 alternating for 7 points (sum 16.4), then 1.6, 2.55 four times (sum 16.6): total 33, mean
     * 33 / 15 = 2.2. Ranges: six of 0.1, 0.7, seven of 0.95: sum 7.95 over 14. Near lines
     * 2.2 ± 5.32 × 7.95 / 42 = 2.2 ± 42.294 / 42 = 2.2 ± 1.007 (3.207 and 1.193): no value beyond them.
     */
    static final String[] SHIFT_ABOVE = {
        "2.3", "2.4", "2.3", "2.4", "2.3", "2.4", "2.3", "1.6", "2.55", "1.6", "2.55", "1.6", "2.55", "1.6", "2.55"
    };

    @Test
    void sevenPointsAboveTheMeanAreAShift() {
        XmrResult result = analyse(SHIFT_ABOVE, ImprovementDirection.INCREASE);

        assertThat(result.mean()).isCloseTo(2.2, within(EPS));
        assertThat(result.mrBar()).isCloseTo(7.95 / 14, within(EPS));
        // UPL = 2.2 + 2.66 × 7.95 / 14 = 2.2 + 21.147 / 14 = 2.2 + 1.5105 = 3.7105
        assertThat(result.upl()).isCloseTo(3.7105, within(EPS));
        assertThat(result.nearUpl()).isCloseTo(3.207, within(EPS));
        assertThat(result.nearLpl()).isCloseTo(1.193, within(EPS));
        assertRules(result, 1, 7, List.of(SpcRule.SHIFT));
        assertThat(result.points().subList(0, 7))
                .extracting(XmrPoint::pointType)
                .containsOnly(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(analyse(SHIFT_ABOVE, ImprovementDirection.DECREASE)
                        .points()
                        .get(0)
                        .pointType())
                .isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
    }

    @Test
    void theShiftLengthIsASetting() {
        // the same 7 points above the mean are not enough for a shift of 8; they are for a shift of 6
        assertRules(
                analyse(SHIFT_ABOVE, ImprovementDirection.INCREASE, new SpcSettings(8, 7, true, null)),
                1,
                0,
                List.of());
        assertRules(
                analyse(SHIFT_ABOVE, ImprovementDirection.INCREASE, new SpcSettings(6, 7, true, null)),
                1,
                7,
                List.of(SpcRule.SHIFT));
    }

    /**
     * As {@link #SHIFT_ABOVE} but point 4 is 2.2, exactly the mean, and the last point 2.75 keeps the total at
     * 16.2 + 16.8 = 33, mean 2.2. Ranges: six of 0.1, 0.7, six of 0.95, 1.15: sum 8.15 over 14; near lines
     * 2.2 ± 5.32 × 8.15 / 42 = 2.2 ± 1.0323…: nothing near. Summing these doubles naively gives 2.2000000000000006,
     * which would put point 4 below the mean.
     */
    static final String[] SHIFT_BROKEN_BY_MEAN = {
        "2.3", "2.4", "2.3", "2.2", "2.3", "2.4", "2.3", "1.6", "2.55", "1.6", "2.55", "1.6", "2.55", "1.6", "2.75"
    };

    @Test
    void aPointExactlyOnTheMeanBreaksAShift() {
        double naive = 0;
        for (String value : SHIFT_BROKEN_BY_MEAN) {
            naive += Double.parseDouble(value);
        }
        assertThat(naive / 15).as("the fixture defeats a naive double mean").isNotEqualTo(2.2);

        XmrResult result = analyse(SHIFT_BROKEN_BY_MEAN, ImprovementDirection.INCREASE);

        assertThat(result.mean()).isCloseTo(2.2, within(EPS));
        assertThat(result.points().get(3).relativeToMean()).isZero();
        // 3 points above, one on the mean, 3 above: no run of 7
        assertRules(result, 1, 0, List.of());
    }

    /**
     * 55, 45 alternating for 8 points (sum 400), then 44, 46, 48, 50, 52, 54, 56 (sum 350): mean 750 / 15 = 50.
     * Ranges: seven of 10, 1, six of 2: sum 83 over 14. Near lines 50 ± 5.32 × 83 / 42 = 50 ± 10.5133…: the values
     * stay within 50 ± 6. Points 9–15 rise strictly through the mean: below it, on it (point 12), above it.
     */
    static final String[] RISING_TREND = {
        "55", "45", "55", "45", "55", "45", "55", "45", "44", "46", "48", "50", "52", "54", "56"
    };

    @Test
    void sevenRisingPointsAreATrendEvenAcrossTheMean() {
        XmrResult result = analyse(RISING_TREND, ImprovementDirection.INCREASE);

        assertThat(result.mean()).isCloseTo(50, within(EPS));
        assertThat(result.mrBar()).isCloseTo(83.0 / 14, within(EPS));
        // UPL = 50 + 2.66 × 83 / 14 = 50 + 220.78 / 14 = 50 + 15.77
        assertThat(result.upl()).isCloseTo(65.77, within(EPS));
        assertRules(result, 9, 15, List.of(SpcRule.TREND));
        // the rising points below the mean are improvements too (NHSRplotthedots 0.2.x, issue #171)
        assertThat(result.points().subList(8, 15))
                .extracting(XmrPoint::pointType)
                .containsOnly(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(result.points().get(8).relativeToMean()).isEqualTo(-1);
        assertThat(result.variationIcon()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
    }

    @Test
    void aRisingTrendOnADecreaseMeasureIsAConcernDrawnHigh() {
        XmrResult result = analyse(RISING_TREND, ImprovementDirection.DECREASE);

        assertThat(result.points().subList(8, 15))
                .extracting(XmrPoint::pointType)
                .containsOnly(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(result.variationType()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(result.variationIcon()).isEqualTo(VariationIcon.CONCERN_HIGH);
    }

    @Test
    void onANeutralMeasureARisingTrendIsNeutralHigh() {
        XmrResult result = analyse(RISING_TREND, ImprovementDirection.NEUTRAL);

        assertThat(result.points().subList(8, 15))
                .extracting(XmrPoint::pointType)
                .containsOnly(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH);
        assertThat(result.variationIcon()).isEqualTo(VariationIcon.NEUTRAL_HIGH);
        // neutral special causes are neither common cause nor improvement nor concern
        assertThat(result.summary().get(0))
                .isEqualTo(new XmrGroupSummary(1, 8, 0, 0, 7, PointType.SPECIAL_CAUSE_NEUTRAL_HIGH));
    }

    @Test
    void theTrendLengthIsASetting() {
        assertRules(
                analyse(RISING_TREND, ImprovementDirection.INCREASE, new SpcSettings(7, 8, true, null)),
                1,
                0,
                List.of());
    }

    /**
     * As {@link #RISING_TREND} but 44, 46, 48, 48, 52, 54, 58 (sum still 350, mean 50): the repeated 48 breaks the
     * rise into 3 and 4 points. Ranges: seven of 10, 1, then 2, 2, 0, 4, 2, 4: sum 85; near lines
     * 50 ± 5.32 × 85 / 42 = 50 ± 10.7666…: 58 is not near. NHSRplotthedots' own case: c(1:3, 3:6) has no trend.
     */
    @Test
    void equalNeighboursBreakATrend() {
        String[] values = {"55", "45", "55", "45", "55", "45", "55", "45", "44", "46", "48", "48", "52", "54", "58"};
        XmrResult result = analyse(values, ImprovementDirection.INCREASE);

        assertThat(result.mean()).isCloseTo(50, within(EPS));
        assertThat(result.mrBar()).isCloseTo(85.0 / 14, within(EPS));
        assertRules(result, 1, 0, List.of());
    }

    /**
     * 9, 11 alternating (points 1–7), 16, 15, 16, then 9, 11, then 4, 5, 4, then 11. Sum 69 + 47 + 20 + 13 + 11 =
     * 160, mean 10. Ranges: six of 2, 7, 1, 1, 7, 2, 7, 1, 1, 7: sum 46 over 15. Near lines
     * 10 ± 5.32 × 46 / 45 = 10 ± 244.72 / 45 = 10 ± 5.4382… (15.4382 and 4.5618); limits 10 ± 2.66 × 46 / 15 =
     * 10 ± 8.1573…. So 16 and 4 are near a limit, 15 and 5 are not, and nothing is outside.
     */
    static final String[] TWO_OF_THREE = {
        "9", "11", "9", "11", "9", "11", "9", "16", "15", "16", "9", "11", "4", "5", "4", "11"
    };

    @Test
    void twoOfThreeNearTheSameLimitFlagsOnlyTheNearPoints() {
        XmrResult result = analyse(TWO_OF_THREE, ImprovementDirection.INCREASE);

        assertThat(result.mrBar()).isCloseTo(46.0 / 15, within(EPS));
        assertThat(result.nearUpl()).isCloseTo(10 + 244.72 / 45, within(EPS));
        assertThat(result.nearLpl()).isCloseTo(10 - 244.72 / 45, within(EPS));
        assertThat(result.upl()).isCloseTo(10 + 122.36 / 15, within(EPS));
        assertThat(result.points())
                .extracting(XmrPoint::closeToLimits)
                .containsExactly(
                        false, false, false, false, false, false, false, true, false, true, false, false, true, false,
                        true, false);
        for (int i = 0; i < 16; i++) {
            boolean flagged = i == 7 || i == 9 || i == 12 || i == 14;
            assertThat(result.points().get(i).rules())
                    .as("point %d", i + 1)
                    .isEqualTo(flagged ? List.of(SpcRule.TWO_OF_THREE) : List.of());
        }
        assertThat(result.points().get(7).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(result.points().get(9).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(result.points().get(12).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(result.points().get(14).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(result.variationType()).isEqualTo(PointType.COMMON_CAUSE);
    }

    @Test
    void onANeutralMeasureTwoOfThreeIsNeutralHighAndLow() {
        XmrResult result = analyse(TWO_OF_THREE, ImprovementDirection.NEUTRAL);

        assertThat(result.points().get(7).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH);
        assertThat(result.points().get(12).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_LOW);
        assertThat(result.summary().get(0)).isEqualTo(new XmrGroupSummary(1, 12, 0, 0, 4, PointType.COMMON_CAUSE));
    }

    /**
     * NHSRplotthedots tests/testthat/test-ptd_spc_standard.R ("only reports special cause for 2of3 points close to
     * limits when they are on the same side of the mean"): 1, −1 alternating for 16 points, point 15 = 5.5 and
     * point 16 = −5.5. Mean 0. Ranges: thirteen of 2, 6.5, 11: sum 43.5 over 15 = 2.9; screening line
     * 3.267 × 2.9 = 9.4743 drops the 11: MR̄ = 32.5 / 14. Limits ± 2.66 × 32.5 / 14 = ± 6.175, near lines
     * ± 5.32 × 32.5 / 42 = ± 4.1166…: both 5.5 and −5.5 are near, on opposite sides, so both stay common cause.
     */
    @Test
    void nearPointsOnOppositeSidesOfTheMeanAreNotTwoOfThree() {
        String[] values = {"1", "-1", "1", "-1", "1", "-1", "1", "-1", "1", "-1", "1", "-1", "1", "-1", "5.5", "-5.5"};
        XmrResult result = analyse(values, ImprovementDirection.INCREASE);

        assertThat(result.mean()).isCloseTo(0, within(EPS));
        assertThat(result.mrBarUnscreened()).isCloseTo(2.9, within(EPS));
        assertThat(result.mrBar()).isCloseTo(32.5 / 14, within(EPS));
        assertThat(result.upl()).isCloseTo(6.175, within(EPS));
        assertThat(result.points().get(14).closeToLimits()).isTrue();
        assertThat(result.points().get(15).closeToLimits()).isTrue();
        assertThat(result.points().subList(14, 16))
                .extracting(XmrPoint::pointType)
                .containsExactly(PointType.COMMON_CAUSE, PointType.COMMON_CAUSE);
    }

    /**
     * Baseline (fixAfterPoints 12): 8, 12 alternating, mean 10, eleven ranges of 4, MR̄ 4: UPL 10 + 10.64 = 20.64,
     * near line 10 + 5.32 × 4 / 3 = 10 + 7.0933… = 17.0933…. Then 21, 19, 18, 17, 16, 15, 14: point 13 (21) is
     * outside; 19 and 18 are near; 17 is not (17 < 17.0933). Points 13–19 fall strictly: a falling trend.
     * Points 12–19 (12, then 21…14) are 8 in a row above 10: a shift. Windows 13–15 and 14–16 hold two near
     * points each, all above the mean: two-of-three on points 14 and 15.
     */
    @Test
    void theFirstRuleInPrecedenceDecidesBetweenImprovementAndConcern() {
        String[] values = {
            "8", "12", "8", "12", "8", "12", "8", "12", "8", "12", "8", "12", "21", "19", "18", "17", "16", "15", "14"
        };
        XmrResult result = analyse(values, ImprovementDirection.INCREASE, new SpcSettings(7, 7, true, 12));

        assertThat(result.upl()).isCloseTo(20.64, within(EPS));
        assertThat(result.nearUpl()).isCloseTo(10 + 21.28 / 3, within(EPS));
        List<XmrPoint> points = result.points();
        assertThat(points.get(11).rules()).containsExactly(SpcRule.SHIFT);
        assertThat(points.get(12).rules()).containsExactly(SpcRule.OUTSIDE_LIMITS, SpcRule.TREND, SpcRule.SHIFT);
        assertThat(points.get(13).rules()).containsExactly(SpcRule.TREND, SpcRule.TWO_OF_THREE, SpcRule.SHIFT);
        assertThat(points.get(14).rules()).containsExactly(SpcRule.TREND, SpcRule.TWO_OF_THREE, SpcRule.SHIFT);
        assertThat(points.get(15).rules()).containsExactly(SpcRule.TREND, SpcRule.SHIFT);
        assertThat(points.get(18).rules()).containsExactly(SpcRule.TREND, SpcRule.SHIFT);
        // above the mean (shift) would be an improvement, but a falling trend outranks it: concern.
        // Point 13 is outside the upper limit, which outranks its trend: improvement.
        assertThat(points.subList(11, 19))
                .extracting(XmrPoint::pointType)
                .containsExactly(
                        PointType.SPECIAL_CAUSE_IMPROVEMENT,
                        PointType.SPECIAL_CAUSE_IMPROVEMENT,
                        PointType.SPECIAL_CAUSE_CONCERN,
                        PointType.SPECIAL_CAUSE_CONCERN,
                        PointType.SPECIAL_CAUSE_CONCERN,
                        PointType.SPECIAL_CAUSE_CONCERN,
                        PointType.SPECIAL_CAUSE_CONCERN,
                        PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(result.variationIcon()).isEqualTo(VariationIcon.CONCERN_LOW);
        assertThat(result.summary().get(0))
                .isEqualTo(new XmrGroupSummary(1, 11, 2, 6, 0, PointType.SPECIAL_CAUSE_CONCERN));
    }

    /**
     * NHSRplotthedots reads a trend point's direction from the step to the next point when that point is in a
     * trend too. With 3-point trends, 10, 11, 12 and 12, 13, 14 touch with a flat step, so point 3 reads as
     * "decreasing". Values 10, 11, 12, 12, 13, 14, 5, 15, 5, 15: sum 112, mean 11.2; ranges 1, 1, 0, 1, 1, 9, 10,
     * 10, 10: sum 43 over 9; near lines 11.2 ± 5.32 × 43 / 27 = 11.2 ± 8.4726…: nothing near; shifts of 20 cannot
     * happen in 10 points.
     */
    @Test
    void aFlatStepBetweenTouchingTrendsReadsAsFallingAsInTheReference() {
        String[] values = {"10", "11", "12", "12", "13", "14", "5", "15", "5", "15"};
        XmrResult result = analyse(values, ImprovementDirection.INCREASE, new SpcSettings(20, 3, true, null));

        assertThat(result.mean()).isCloseTo(11.2, within(EPS));
        assertRules(result, 1, 6, List.of(SpcRule.TREND));
        assertThat(result.points().subList(0, 6))
                .extracting(XmrPoint::pointType)
                .containsExactly(
                        PointType.SPECIAL_CAUSE_IMPROVEMENT, PointType.SPECIAL_CAUSE_IMPROVEMENT,
                        PointType.SPECIAL_CAUSE_CONCERN, PointType.SPECIAL_CAUSE_IMPROVEMENT,
                        PointType.SPECIAL_CAUSE_IMPROVEMENT, PointType.SPECIAL_CAUSE_IMPROVEMENT);
    }

    @Test
    void aTargetDoesNotChangeTheRules() {
        XmrResult withTarget = XmrChart.analyse(
                Series.of(RISING_TREND), ImprovementDirection.INCREASE, new BigDecimal("60"), SpcSettings.DEFAULT);

        assertThat(withTarget.points())
                .isEqualTo(analyse(RISING_TREND, ImprovementDirection.INCREASE).points());
    }
}
