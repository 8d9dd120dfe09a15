package org.imroc.tracker.measure.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Means, MR̄, limits, screening, rebasing, fixed baselines and edge cases of the XmR chart. Every expected number is
 * worked out by hand in the comment beside its fixture.
 */
public class XmrChartTest {

    private static final double EPS = 1e-9;

    /**
     * The MDC worked example: 15 points with mean 23.20 and MR̄ 5.43. Alternating 20.666 (8 times) and 26.096
     * (7 times): sum = 8 × 20.666 + 7 × 26.096 = 165.328 + 182.672 = 348, mean = 348 / 15 = 23.2 exactly; every
     * moving range is 26.096 − 20.666 = 5.43, so MR̄ = 14 × 5.43 / 14 = 5.43 exactly, and none is screened
     * (5.43 < 3.267 × 5.43).
     */
    public static final String[] MDC = {
        "20.666", "26.096", "20.666", "26.096", "20.666", "26.096", "20.666", "26.096", "20.666", "26.096", "20.666",
        "26.096", "20.666", "26.096", "20.666"
    };

    /**
     * Alternating 9 and 11 with the pair 0, 20 at points 7 and 8: sum = 60 + 20 + 80 = 160, mean = 10. Moving
     * ranges: five of 2 (points 2–6), 11 (11→0), 20 (0→20), 11 (20→9), seven of 2 (points 10–16); sum 66 over 15,
     * unscreened MR̄ = 4.4. Screening line 3.267 × 4.4 = 14.3748: the 20 is screened out, the 11s are kept, so
     * MR̄ = 46 / 14 = 23/7.
     */
    public static final String[] OUTLIER_PAIR = {
        "9", "11", "9", "11", "9", "11", "0", "20", "9", "11", "9", "11", "9", "11", "9", "11"
    };

    private static XmrResult analyse(List<SeriesPoint> points) {
        return XmrChart.analyse(points, ImprovementDirection.INCREASE, null, SpcSettings.DEFAULT);
    }

    @Test
    void mdcWorkedExampleGivesTheSpecLimits() {
        XmrResult result = analyse(Series.of(MDC));

        assertThat(result.n()).isEqualTo(15);
        assertThat(result.mean()).isCloseTo(23.2, within(EPS));
        assertThat(result.mrBar()).isCloseTo(5.43, within(EPS));
        assertThat(result.mrBarUnscreened()).isCloseTo(5.43, within(EPS));
        // UPL = 23.2 + 2.66 × 5.43 = 23.2 + 14.4438 = 37.6438 (MDC rounds to 37.64); LPL = 23.2 − 14.4438 = 8.7562
        assertThat(result.upl()).isCloseTo(37.6438, within(EPS));
        assertThat(result.lpl()).isCloseTo(8.7562, within(EPS));
        // near lines: 5.32 × 5.43 / 3 = 28.8876 / 3 = 9.6292; 23.2 ± 9.6292
        assertThat(result.nearUpl()).isCloseTo(32.8292, within(EPS));
        assertThat(result.nearLpl()).isCloseTo(13.5708, within(EPS));
        assertThat(result.limitsAreTrial()).isFalse();
        // values sit 2.534 below or 2.896 above the mean, inside the near lines (± 9.6292), alternating: nothing fires
        assertThat(result.points()).extracting(XmrPoint::pointType).containsOnly(PointType.COMMON_CAUSE);
        assertThat(result.variationType()).isEqualTo(PointType.COMMON_CAUSE);
        assertThat(result.variationIcon()).isEqualTo(VariationIcon.COMMON_CAUSE);
        assertThat(result.summary()).containsExactly(new XmrGroupSummary(1, 15, 0, 0, 0, PointType.COMMON_CAUSE));
    }

    @Test
    void movingRangesAreExactDifferencesWithinTheGroup() {
        XmrResult result = analyse(Series.of(MDC));

        assertThat(result.points().get(0).movingRange()).isNull();
        // |26.096 − 20.666| = 5.430, kept to the inputs' scale
        assertThat(result.points().get(1).movingRange()).isEqualByComparingTo("5.43");
        assertThat(result.points().get(1).relativeToMean()).isEqualTo(1);
        assertThat(result.points().get(0).relativeToMean()).isEqualTo(-1);
    }

    @Test
    void screeningLeavesTheOutlierRangeOutAndNarrowsTheLimits() {
        XmrResult result = analyse(Series.of(OUTLIER_PAIR));

        assertThat(result.mrBarUnscreened()).isCloseTo(4.4, within(EPS));
        assertThat(result.mrBar()).isCloseTo(23.0 / 7, within(EPS));
        assertThat(result.points())
                .extracting(XmrPoint::movingRangeExcluded)
                .containsExactly(
                        false, false, false, false, false, false, false, true, false, false, false, false, false, false,
                        false, false);
        // UPL = 10 + 2.66 × 46 / 14 = 10 + 122.36 / 14 = 10 + 8.74 = 18.74; LPL = 10 − 8.74 = 1.26
        assertThat(result.upl()).isCloseTo(18.74, within(EPS));
        assertThat(result.lpl()).isCloseTo(1.26, within(EPS));
        // near: 5.32 × 46 / 42 = 244.72 / 42 = 5.826666…
        assertThat(result.nearUpl()).isCloseTo(10 + 244.72 / 42, within(EPS));
        // 0 < 1.26 and 20 > 18.74 are outside; 9 and 11 are within 10 ± 5.83
        assertThat(result.points().get(6).rules()).containsExactly(SpcRule.OUTSIDE_LIMITS);
        assertThat(result.points().get(6).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(result.points().get(7).rules()).containsExactly(SpcRule.OUTSIDE_LIMITS);
        assertThat(result.points().get(7).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(result.summary().get(0)).isEqualTo(new XmrGroupSummary(1, 14, 1, 1, 0, PointType.COMMON_CAUSE));
    }

    @Test
    void withoutScreeningTheOutlierRangeWidensTheLimits() {
        XmrResult result = XmrChart.analyse(
                Series.of(OUTLIER_PAIR), ImprovementDirection.INCREASE, null, new SpcSettings(7, 7, false, null));

        assertThat(result.mrBar()).isCloseTo(4.4, within(EPS));
        assertThat(result.mrBarUnscreened()).isCloseTo(4.4, within(EPS));
        assertThat(result.points()).extracting(XmrPoint::movingRangeExcluded).containsOnly(false);
        // UPL = 10 + 2.66 × 4.4 = 10 + 11.704 = 21.704; LPL = −1.704; near: 10 ± 5.32 × 4.4 / 3 = 10 ± 7.802666…
        assertThat(result.upl()).isCloseTo(21.704, within(EPS));
        assertThat(result.lpl()).isCloseTo(-1.704, within(EPS));
        assertThat(result.nearUpl()).isCloseTo(10 + 23.408 / 3, within(EPS));
        // 0 and 20 are now only near the limits, on opposite sides, so nothing fires
        assertThat(result.points().get(6).closeToLimits()).isTrue();
        assertThat(result.points().get(7).closeToLimits()).isTrue();
        assertThat(result.points().get(7).outsideLimits()).isFalse();
        assertThat(result.points()).extracting(XmrPoint::pointType).containsOnly(PointType.COMMON_CAUSE);
    }

    /**
     * Group 1 (13 points): 45, 55 alternating (points 1–9) then 47, 50, 53, 55. Sum = 5 × 45 + 4 × 55 + 205 = 650,
     * mean 50; ranges: eight of 10, then 2, 3, 3, 2: sum 90 over 12, MR̄ 7.5. Group 2 (13 points): 56, 59, then
     * 65, 55 alternating ending on 65. Sum = 115 + 6 × 65 + 5 × 55 = 780, mean 60; ranges 3, 6, ten of 10: sum 109
     * over 12, MR̄ 109/12. No range reaches 3.267 × MR̄ in either group. Points 9–16 (45, 47, 50, 53, 55, 56, 59,
     * 65) rise strictly across the rebase.
     */
    public static final String[] TWO_PHASES = {
        "45", "55", "45", "55", "45", "55", "45", "55", "45", "47", "50", "53", "55", "56", "59", "65", "55", "65",
        "55", "65", "55", "65", "55", "65", "55", "65"
    };

    @Test
    void aRebaseStartsAGroupWithItsOwnMeanAndLimits() {
        XmrResult result = analyse(Series.rebasedAt(Set.of(14), TWO_PHASES));

        assertThat(result.groups()).hasSize(2);
        XmrGroup first = result.groups().get(0);
        assertThat(first.rebaseGroup()).isEqualTo(1);
        assertThat(first.firstPeriod()).isEqualTo("P01");
        assertThat(first.lastPeriod()).isEqualTo("P13");
        assertThat(first.n()).isEqualTo(13);
        assertThat(first.mean()).isCloseTo(50, within(EPS));
        assertThat(first.mrBar()).isCloseTo(7.5, within(EPS));
        // 50 ± 2.66 × 7.5 = 50 ± 19.95; near 50 ± 5.32 × 7.5 / 3 = 50 ± 13.3
        assertThat(first.upl()).isCloseTo(69.95, within(EPS));
        assertThat(first.lpl()).isCloseTo(30.05, within(EPS));
        assertThat(first.nearUpl()).isCloseTo(63.3, within(EPS));
        assertThat(first.nearLpl()).isCloseTo(36.7, within(EPS));
        assertThat(first.limitsAreTrial()).isFalse();
        XmrGroup second = result.groups().get(1);
        assertThat(second.firstPeriod()).isEqualTo("P14");
        assertThat(second.lastPeriod()).isEqualTo("P26");
        assertThat(second.mean()).isCloseTo(60, within(EPS));
        assertThat(second.mrBar()).isCloseTo(109.0 / 12, within(EPS));
        // 60 ± 2.66 × 109 / 12 = 60 ± 289.94 / 12 = 60 ± 24.161666…
        assertThat(second.upl()).isCloseTo(60 + 289.94 / 12, within(EPS));
        assertThat(second.lpl()).isCloseTo(60 - 289.94 / 12, within(EPS));
        // near: 5.32 × 109 / 36 = 579.88 / 36 = 16.107777…
        assertThat(second.nearUpl()).isCloseTo(60 + 579.88 / 36, within(EPS));
        // the top level describes the last group, n the whole series
        assertThat(result.n()).isEqualTo(26);
        assertThat(result.mean()).isCloseTo(60, within(EPS));
        assertThat(result.upl()).isCloseTo(60 + 289.94 / 12, within(EPS));
        assertThat(result.limitsAreTrial()).isFalse();
        // no moving range across the rebase
        assertThat(result.points().get(13).movingRange()).isNull();
        assertThat(result.points().get(13).rebaseGroup()).isEqualTo(2);
        assertThat(result.summary())
                .containsExactly(
                        new XmrGroupSummary(1, 13, 0, 0, 0, PointType.COMMON_CAUSE),
                        new XmrGroupSummary(2, 13, 0, 0, 0, PointType.COMMON_CAUSE));
    }

    @Test
    void rulesDoNotRunAcrossARebase() {
        XmrResult rebased = analyse(Series.rebasedAt(Set.of(14), TWO_PHASES));
        XmrResult single = analyse(Series.of(TWO_PHASES));

        // with the rebase the rise is 5 points (9–13) then 3 (14–16): no 7-point trend
        assertThat(rebased.points()).allSatisfy(p -> assertThat(p.rules()).isEmpty());
        // as one group: mean 1430 / 26 = 55, ranges 90 + |56 − 55| + 109 = 200 over 25, MR̄ 8;
        // UPL 55 + 21.28, near 55 + 14.1866…: no point near or outside. Points 9–16 rise strictly: a trend of 8.
        assertThat(single.mean()).isCloseTo(55, within(EPS));
        assertThat(single.mrBar()).isCloseTo(8, within(EPS));
        for (int i = 0; i < 26; i++) {
            boolean inTrend = i >= 8 && i <= 15;
            assertThat(single.points().get(i).rules())
                    .as("point %d", i + 1)
                    .isEqualTo(inTrend ? List.of(SpcRule.TREND) : List.of());
        }
        assertThat(single.summary().get(0).specialCauseImprovement()).isEqualTo(8);
    }

    @Test
    void aRebaseFlagOnTheFirstPointIsIgnored() {
        XmrResult result = analyse(Series.rebasedAt(Set.of(1), MDC));

        assertThat(result.groups()).hasSize(1);
        assertThat(result.points()).extracting(XmrPoint::rebaseGroup).containsOnly(1);
    }

    @Test
    void groupsOfFewerThanThirteenPointsHaveTrialLimits() {
        // 12 points alternating 9, 11: mean 120 / 12 = 10, MR̄ = 11 × 2 / 11 = 2
        String[] twelve = {"9", "11", "9", "11", "9", "11", "9", "11", "9", "11", "9", "11"};
        XmrResult trial = analyse(Series.of(twelve));
        XmrResult full = analyse(Series.of(Series.concat(twelve, new String[] {"9"})));

        assertThat(trial.limitsAreTrial()).isTrue();
        assertThat(trial.groups().get(0).limitsAreTrial()).isTrue();
        // trial limits are still computed: 10 ± 2.66 × 2 = 10 ± 5.32
        assertThat(trial.upl()).isCloseTo(15.32, within(EPS));
        assertThat(trial.lpl()).isCloseTo(4.68, within(EPS));
        assertThat(full.limitsAreTrial()).isFalse();
    }

    @Test
    void aShortSeriesGetsTrialLimits() {
        // 1, 3, 2, 4, 5: mean 15 / 5 = 3; ranges 2, 1, 2, 1: MR̄ 6 / 4 = 1.5; 3 ± 2.66 × 1.5 = 3 ± 3.99
        XmrResult result = analyse(Series.of("1", "3", "2", "4", "5"));

        assertThat(result.mean()).isCloseTo(3, within(EPS));
        assertThat(result.mrBar()).isCloseTo(1.5, within(EPS));
        assertThat(result.upl()).isCloseTo(6.99, within(EPS));
        assertThat(result.lpl()).isCloseTo(-0.99, within(EPS));
        assertThat(result.limitsAreTrial()).isTrue();
    }

    @Test
    void aConstantSeriesWithScreeningHasNoLimitsAsInNhsrPlotTheDots() {
        // 15 × 5: every range is 0, MR̄ 0; a range is kept only if 0 < 3.267 × 0, so all 14 are screened out
        String[] constant = {"5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5"};
        XmrResult result = XmrChart.analyse(
                Series.of(constant), ImprovementDirection.INCREASE, new BigDecimal("4"), SpcSettings.DEFAULT);

        assertThat(result.mean()).isCloseTo(5, within(EPS));
        assertThat(result.mrBarUnscreened()).isCloseTo(0, within(EPS));
        assertThat(result.mrBar()).isNull();
        assertThat(result.upl()).isNull();
        assertThat(result.lpl()).isNull();
        assertThat(result.nearUpl()).isNull();
        assertThat(result.points())
                .filteredOn(p -> p.movingRange() != null)
                .extracting(XmrPoint::movingRangeExcluded)
                .containsOnly(true);
        assertThat(result.points()).extracting(XmrPoint::relativeToMean).containsOnly(0);
        assertThat(result.points()).extracting(XmrPoint::pointType).containsOnly(PointType.COMMON_CAUSE);
        // no limits to compare the target with: the package's comparisons fall through to "inconsistent"
        assertThat(result.assuranceType()).isEqualTo(AssuranceType.INCONSISTENT);
    }

    @Test
    void aConstantSeriesWithoutScreeningHasLimitsOnTheMean() {
        String[] constant = {"5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5"};
        XmrResult result = XmrChart.analyse(
                Series.of(constant),
                ImprovementDirection.INCREASE,
                new BigDecimal("4"),
                new SpcSettings(7, 7, false, null));

        // MR̄ 0: UPL = LPL = near lines = 5
        assertThat(result.mrBar()).isCloseTo(0, within(EPS));
        assertThat(result.upl()).isCloseTo(5, within(EPS));
        assertThat(result.lpl()).isCloseTo(5, within(EPS));
        assertThat(result.nearUpl()).isCloseTo(5, within(EPS));
        assertThat(result.nearLpl()).isCloseTo(5, within(EPS));
        assertThat(result.points()).extracting(XmrPoint::pointType).containsOnly(PointType.COMMON_CAUSE);
        // target 4 < LPL 5 on an INCREASE measure
        assertThat(result.assuranceType()).isEqualTo(AssuranceType.CONSISTENT_PASS);
    }

    /**
     * Baseline of 12: 9, 11, 9, 11, 9, 11, 0, 20, 9, 11, 9, 11: sum 120, mean 10; ranges five of 2, 11, 20, 11,
     * three of 2: sum 58 over 11 (unscreened MR̄ 58/11); screening line 3.267 × 58 / 11 = 17.226: the 20 goes, kept
     * 38 over 10, MR̄ 3.8. UPL = 10 + 2.66 × 3.8 = 20.108, LPL = −0.108, near 10 ± 5.32 × 3.8 / 3 = 10 ± 6.738666….
     * Then 12, 13, 12, 13, 12, 13, 12, 21, judged against the baseline's lines.
     */
    static final String[] BASELINE_THEN_HIGHER = {
        "9", "11", "9", "11", "9", "11", "0", "20", "9", "11", "9", "11", "12", "13", "12", "13", "12", "13", "12", "21"
    };

    @Test
    void fixAfterPointsTakesMeanAndLimitsFromTheBaselineScreenedWithinIt() {
        XmrResult result = XmrChart.analyse(
                Series.of(BASELINE_THEN_HIGHER), ImprovementDirection.INCREASE, null, new SpcSettings(7, 7, true, 12));

        XmrGroup group = result.groups().get(0);
        assertThat(group.n()).isEqualTo(20);
        assertThat(group.baselinePoints()).isEqualTo(12);
        assertThat(result.mean()).isCloseTo(10, within(EPS));
        assertThat(result.mrBarUnscreened()).isCloseTo(58.0 / 11, within(EPS));
        assertThat(result.mrBar()).isCloseTo(3.8, within(EPS));
        assertThat(result.upl()).isCloseTo(20.108, within(EPS));
        assertThat(result.lpl()).isCloseTo(-0.108, within(EPS));
        assertThat(result.nearUpl()).isCloseTo(10 + 20.216 / 3, within(EPS));
        assertThat(result.nearLpl()).isCloseTo(10 - 20.216 / 3, within(EPS));
        assertThat(result.limitsAreTrial()).isFalse();
        assertThat(result.points())
                .extracting(XmrPoint::inBaseline)
                .containsExactly(
                        true, true, true, true, true, true, true, true, true, true, true, true, false, false, false,
                        false, false, false, false, false);
        // the 0 → 20 range (point 8) is screened; the later 12 → 21 range (9) is outside the baseline, not screened
        assertThat(result.points().get(7).movingRangeExcluded()).isTrue();
        assertThat(result.points().get(19).movingRange()).isEqualByComparingTo("9");
        assertThat(result.points().get(19).movingRangeExcluded()).isFalse();
        // points 12–20 (11, then 12…21) are 9 in a row above 10: a shift; 21 > 20.108 is also outside
        for (int i = 0; i < 20; i++) {
            List<SpcRule> expected = i < 11
                    ? List.of()
                    : i == 19 ? List.of(SpcRule.OUTSIDE_LIMITS, SpcRule.SHIFT) : List.of(SpcRule.SHIFT);
            assertThat(result.points().get(i).rules()).as("point %d", i + 1).isEqualTo(expected);
        }
        // 0 < 3.2613 and 20 > 16.7387 are near the limits, but on opposite sides: no two-of-three
        assertThat(result.points().get(6).closeToLimits()).isTrue();
        assertThat(result.points().get(7).closeToLimits()).isTrue();
        assertThat(result.summary().get(0))
                .isEqualTo(new XmrGroupSummary(1, 11, 9, 0, 0, PointType.SPECIAL_CAUSE_IMPROVEMENT));
        assertThat(result.ruleSet().fixAfterPoints()).isEqualTo(12);
    }

    @Test
    void fixAfterPointsFixesEachRebaseGroupFromItsOwnFirstPoints() {
        // group 2 (points 21–33): 30, 34 alternating for 12 points, then 50. Baseline sum 6 × 64 = 384, mean 32;
        // ranges 11 × 4, MR̄ 4; UPL 32 + 10.64 = 42.64, so 50 is outside. Unfixed, 50 would be in the mean.
        String[] second = {"30", "34", "30", "34", "30", "34", "30", "34", "30", "34", "30", "34", "50"};
        XmrResult result = XmrChart.analyse(
                Series.rebasedAt(Set.of(21), Series.concat(BASELINE_THEN_HIGHER, second)),
                ImprovementDirection.INCREASE,
                null,
                new SpcSettings(7, 7, true, 12));

        assertThat(result.groups().get(0).mean()).isCloseTo(10, within(EPS));
        XmrGroup group = result.groups().get(1);
        assertThat(group.baselinePoints()).isEqualTo(12);
        assertThat(group.mean()).isCloseTo(32, within(EPS));
        assertThat(group.mrBar()).isCloseTo(4, within(EPS));
        assertThat(group.upl()).isCloseTo(42.64, within(EPS));
        assertThat(result.points().get(32).rules()).containsExactly(SpcRule.OUTSIDE_LIMITS);
        assertThat(result.variationIcon()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
    }

    @Test
    void anEmptySeriesGivesNullsWithoutFailing() {
        XmrResult result =
                XmrChart.analyse(List.of(), ImprovementDirection.INCREASE, BigDecimal.ONE, SpcSettings.DEFAULT);

        assertThat(result.n()).isZero();
        assertThat(result.mean()).isNull();
        assertThat(result.mrBar()).isNull();
        assertThat(result.upl()).isNull();
        assertThat(result.limitsAreTrial()).isNull();
        assertThat(result.variationType()).isNull();
        assertThat(result.variationIcon()).isNull();
        assertThat(result.assuranceType()).isNull();
        assertThat(result.assuranceIcon()).isNull();
        assertThat(result.groups()).isEmpty();
        assertThat(result.points()).isEmpty();
        assertThat(result.summary()).isEmpty();
        assertThat(result.ruleSet()).isNotNull();
    }

    @Test
    void onePointHasAMeanButNoMovingRangeOrLimits() {
        XmrResult result = analyse(Series.of("7.5"));

        assertThat(result.n()).isEqualTo(1);
        assertThat(result.mean()).isCloseTo(7.5, within(EPS));
        assertThat(result.mrBar()).isNull();
        assertThat(result.mrBarUnscreened()).isNull();
        assertThat(result.upl()).isNull();
        assertThat(result.lpl()).isNull();
        assertThat(result.limitsAreTrial()).isTrue();
        XmrPoint point = result.points().get(0);
        assertThat(point.movingRange()).isNull();
        assertThat(point.relativeToMean()).isZero();
        assertThat(point.pointType()).isEqualTo(PointType.COMMON_CAUSE);
        assertThat(result.variationIcon()).isEqualTo(VariationIcon.COMMON_CAUSE);
    }

    @Test
    void aLastGroupOfOnePointHasNoLimits() {
        XmrResult result = analyse(Series.rebasedAt(Set.of(16), Series.concat(MDC, new String[] {"30"})));

        assertThat(result.groups()).hasSize(2);
        assertThat(result.groups().get(0).mean()).isCloseTo(23.2, within(EPS));
        assertThat(result.mean()).isCloseTo(30, within(EPS));
        assertThat(result.mrBar()).isNull();
        assertThat(result.upl()).isNull();
        assertThat(result.limitsAreTrial()).isTrue();
        assertThat(result.variationType()).isEqualTo(PointType.COMMON_CAUSE);
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new SpcSettings(7, 7, true, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpcSettings(2, 7, true, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpcSettings(7, 21, true, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SpcSettings(3, 20, false, 12).fixAfterPoints()).isEqualTo(12);
        assertThat(SpcSettings.DEFAULT).isEqualTo(new SpcSettings(7, 7, true, null));
    }

    @Test
    void theRuleSetIsRecordedWithTheResult() {
        XmrRuleSet ruleSet = XmrChart.analyse(
                        Series.of(MDC), ImprovementDirection.DECREASE, null, new SpcSettings(6, 6, false, 12))
                .ruleSet();

        assertThat(ruleSet.shiftLength()).isEqualTo(6);
        assertThat(ruleSet.trendLength()).isEqualTo(6);
        assertThat(ruleSet.screenOutliers()).isFalse();
        assertThat(ruleSet.fixAfterPoints()).isEqualTo(12);
        assertThat(ruleSet.limitMultiplier()).isCloseTo(2.66, within(EPS));
        // 2/3 × 2.66 = 5.32 / 3 = 1.77333…
        assertThat(ruleSet.nearLimitMultiplier()).isCloseTo(5.32 / 3, within(EPS));
        assertThat(ruleSet.screeningMultiplier()).isCloseTo(3.267, within(EPS));
        assertThat(ruleSet.trialLimitThreshold()).isEqualTo(13);
    }

    /**
     * NHSRplotthedots tests/testthat/test-ptd_spc_standard.R and its snapshot _snaps/ptd_spc_standard.md:
     * set.seed(123); y = rnorm(20) (the values below, as R prints them to 8 decimals). The snapshot prints 7
     * significant digits and these inputs are rounded to 8 decimals, so the tolerance here is 1e-6, not 1e-9.
     */
    static final String[] RNORM_123 = {
        "-0.56047565",
        "-0.23017749",
        "1.55870831",
        "0.07050839",
        "0.12928774",
        "1.71506499",
        "0.46091621",
        "-1.26506123",
        "-0.68685285",
        "-0.44566197",
        "1.22408180",
        "0.35981383",
        "0.40077145",
        "0.11068272",
        "-0.55584113",
        "1.78691314",
        "0.49785048",
        "-1.96661716",
        "0.70135590",
        "-0.47279140"
    };

    @Test
    void reproducesTheNhsrPlotTheDotsSpcStandardSnapshot() {
        XmrResult r1 = analyse(Series.of(RNORM_123));
        assertThat(r1.mean()).isCloseTo(0.1416238, within(1e-6));
        assertThat(r1.lpl()).isCloseTo(-3.01138, within(1e-6));
        assertThat(r1.upl()).isCloseTo(3.294627, within(1e-6));
        assertThat(r1.points().subList(0, 15))
                .extracting(XmrPoint::relativeToMean)
                .containsExactly(-1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1);

        String[] outlier = RNORM_123.clone();
        outlier[14] = "10";
        XmrResult r2 = analyse(Series.of(outlier));
        assertThat(r2.mean()).isCloseTo(0.6694159, within(1e-6));
        assertThat(r2.lpl()).isCloseTo(-2.383666, within(1e-6));
        assertThat(r2.upl()).isCloseTo(3.722497, within(1e-6));
        assertThat(r2.points().subList(0, 14))
                .extracting(XmrPoint::relativeToMean)
                .containsExactly(-1, -1, 1, -1, -1, 1, -1, -1, -1, -1, 1, -1, -1, -1);

        XmrResult r3 = XmrChart.analyse(
                Series.of(outlier), ImprovementDirection.INCREASE, null, new SpcSettings(7, 7, false, null));
        assertThat(r3.lpl()).isCloseTo(-4.596625, within(1e-6));
        assertThat(r3.upl()).isCloseTo(5.935457, within(1e-6));
    }

    /** Marks the given 1-based points excluded. */
    private static List<SeriesPoint> excluding(List<SeriesPoint> points, int... numbers) {
        List<SeriesPoint> marked = new java.util.ArrayList<>(points);
        for (int number : numbers) {
            SeriesPoint p = marked.get(number - 1);
            marked.set(number - 1, new SeriesPoint(p.period(), p.value(), "why", p.rebase(), false, true));
        }
        return marked;
    }

    @Test
    void anExcludedPointIsClassifiedButLeftOutOfTheMeanAndTheMovingRanges() {
        // 10 12 14 12 40 12 10 without the 40: mean 70/6, ranges 2 2 2 0 2 (12 → 12 across it), MR̄ 1.6
        XmrResult result = analyse(excluding(Series.of("10", "12", "14", "12", "40", "12", "10"), 5));

        assertThat(result.mean()).isCloseTo(70.0 / 6, within(1e-9));
        assertThat(result.mrBar()).isCloseTo(1.6, within(1e-9));
        XmrPoint excluded = result.points().get(4);
        assertThat(excluded.excluded()).isTrue();
        assertThat(excluded.leftOut()).isTrue();
        assertThat(excluded.outsideLimits()).isTrue();
        assertThat(excluded.movingRange()).isNull();
        assertThat(result.points().get(5).movingRange()).isEqualByComparingTo("0");
        assertThat(result.groups().get(0).baselinePoints()).isEqualTo(6);
    }

    @Test
    void aGroupWhoseEveryPointIsExcludedStillHasACentreLineFromThemAll() {
        XmrResult result = analyse(excluding(Series.of("4", "6"), 1, 2));

        assertThat(result.mean()).isCloseTo(5.0, within(1e-9));
        assertThat(result.points()).allSatisfy(p -> {
            assertThat(p.excluded()).isTrue();
            assertThat(p.leftOut()).isFalse();
        });
    }
}
