package org.imroc.tracker.measure.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The U and P charts against figures worked by hand: the centre line Σ numerators ÷ Σ denominators, per-point
 * limits, clipping at 0 and 1, periods without a rate, rebases, excluded points and assurance. The datasets are
 * chosen so that every sigma is a terminating decimal, so each figure below can be checked with pencil and paper.
 */
class AttributeChartTest {

    private static final double EPS = 1e-9;
    private static final BigDecimal PER_1000 = new BigDecimal("1000");
    private static final BigDecimal PERCENT = new BigDecimal("100");

    /** Periods P01, P02, … from (numerator, denominator) pairs. */
    static List<AttributePoint> points(long... pairs) {
        List<AttributePoint> points = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            points.add(AttributePoint.of(Series.period(i / 2 + 1), pairs[i], pairs[i + 1]));
        }
        return points;
    }

    static AttributeResult analyse(List<AttributePoint> points, SpcChart chart, BigDecimal multiplier) {
        return AttributeChart.analyse(
                points, chart, multiplier, ImprovementDirection.DECREASE, null, SpcSettings.DEFAULT);
    }

    /**
     * Restraint episodes over occupied bed days, per 1,000 bed days:
     *
     * <pre>
     *   period  episodes  bed days  rate (per 1,000)
     *   P01        3        100       30
     *   P02        2        400        5
     *   P03       30      2,500       12
     *   P04        8      1,600        5
     *   P05        7        400       17.5
     *   total     50      5,000
     * </pre>
     *
     * ū = 50 ÷ 5,000 = 0.01 per bed day = 10 per 1,000. σᵢ = √(ū ÷ nᵢ):
     *
     * <pre>
     *   P01: √(0.01 ÷ 100)   = √0.0001   = 0.01  → 10 per 1,000; UPL 10 + 3 × 10 = 40; LPL 10 − 30 = −20 → 0;
     *                                             near lines 10 ± 20: 30 and −10 → 0
     *   P02: √(0.01 ÷ 400)   = √0.000025 = 0.005 →  5 per 1,000; UPL 10 + 15 = 25; LPL 10 − 15 = −5 → 0;
     *                                             near lines 10 ± 10: 20 and 0
     *   P03: √(0.01 ÷ 2,500) = √0.000004 = 0.002 →  2 per 1,000; UPL 10 + 6 = 16;  LPL 10 − 6 = 4;
     *                                             near lines 10 ± 4: 14 and 6
     *   P04: √(0.01 ÷ 1,600) = 0.0025 → 2.5; UPL 17.5, LPL 2.5, near 15 and 5
     *   P05: as P02: UPL 25, LPL 0, near 20 and 0
     * </pre>
     *
     * P01 (30) lies exactly on its upper near line and P04 (5) exactly on its lower one: neither is beyond it.
     */
    static final long[] RESTRAINT = {3, 100, 2, 400, 30, 2500, 8, 1600, 7, 400};

    @Test
    void aUChartHasItsCentreAtTheRatioOfTotalsAndLimitsPerPoint() {
        AttributeResult result = analyse(points(RESTRAINT), SpcChart.U, PER_1000);

        assertThat(result.chart()).isEqualTo(SpcChart.U);
        assertThat(result.n()).isEqualTo(5);
        assertThat(result.centre()).isCloseTo(10.0, within(EPS));
        assertThat(result.sigmaZ()).isNull();
        assertThat(result.points())
                .extracting(AttributeResult.Point::value)
                .containsExactly(30.0, 5.0, 12.0, 5.0, 17.5);
        assertPoint(result.points().get(0), 10, 40, 0, 30, 0);
        assertPoint(result.points().get(1), 5, 25, 0, 20, 0);
        assertPoint(result.points().get(2), 2, 16, 4, 14, 6);
        assertPoint(result.points().get(3), 2.5, 17.5, 2.5, 15, 5);
        assertPoint(result.points().get(4), 5, 25, 0, 20, 0);
        assertThat(result.points())
                .extracting(AttributeResult.Point::relativeToMean)
                .containsExactly(1, -1, 1, -1, 1);
        // exactly on a near line is not beyond it
        assertThat(result.points()).noneMatch(AttributeResult.Point::closeToLimits);
        assertThat(result.points()).noneMatch(AttributeResult.Point::outsideLimits);
        assertThat(result.points()).extracting(AttributeResult.Point::pointType).containsOnly(PointType.COMMON_CAUSE);
        assertThat(result.variationIcon()).isEqualTo(VariationIcon.COMMON_CAUSE);
        // the top-level limits are the last point's
        assertThat(result.upl()).isCloseTo(25.0, within(EPS));
        assertThat(result.lpl()).isCloseTo(0.0, within(EPS));
        assertThat(result.nearUpl()).isCloseTo(20.0, within(EPS));
        // five points: trial limits, as for the XmR chart
        assertThat(result.limitsAreTrial()).isTrue();
        assertThat(result.groups()).hasSize(1);
        assertThat(result.groups().get(0).baselinePoints()).isEqualTo(5);
    }

    private static void assertPoint(
            AttributeResult.Point point, double sigma, double upl, double lpl, double nearUpl, double nearLpl) {
        assertThat(point.sigma()).as("%s sigma", point.period()).isCloseTo(sigma, within(EPS));
        assertThat(point.upl()).as("%s upl", point.period()).isCloseTo(upl, within(EPS));
        assertThat(point.lpl()).as("%s lpl", point.period()).isCloseTo(lpl, within(EPS));
        assertThat(point.nearUpl()).as("%s nearUpl", point.period()).isCloseTo(nearUpl, within(EPS));
        assertThat(point.nearLpl()).as("%s nearLpl", point.period()).isCloseTo(nearLpl, within(EPS));
    }

    /**
     * The restraint series with P03 at 34/2,500 (13.6) and P04 at 4/1,600 (2.5), still 50 events in 5,000 bed days.
     * P04's LPL is 10 − 3 × 2.5 = 2.5 exactly, so P04 is on it: inside. In doubles the same limit,
     * 0.01 − 3 × Math.sqrt(0.01 / 1600), is 0.0025000000000000005, above 4 / 1600 = 0.0025, which would put P04
     * outside: the engine compares squares of exact rationals instead.
     */
    @Test
    void aPointExactlyOnItsLimitIsInsideThoughDoublesWouldSayOutside() {
        assertThat(4.0 / 1600 < 0.01 - 3 * Math.sqrt(0.01 / 1600)).isTrue();

        AttributeResult result = analyse(points(3, 100, 2, 400, 34, 2500, 4, 1600, 7, 400), SpcChart.U, PER_1000);

        AttributeResult.Point p04 = result.points().get(3);
        assertThat(p04.value()).isEqualTo(2.5);
        assertThat(p04.lpl()).isCloseTo(2.5, within(EPS));
        assertThat(p04.outsideLimits()).isFalse();
        // beyond its near line of 5, and P03 (13.6) is below its own of 14
        assertThat(p04.closeToLimits()).isTrue();
        assertThat(p04.rules()).isEmpty();
        assertThat(p04.pointType()).isEqualTo(PointType.COMMON_CAUSE);
    }

    /**
     * A fixed baseline, as for the XmR chart: with {@code fixAfterPoints} 12 the centre line comes from the first 12
     * counted points of 105, 105, …, 95 per 10,000 (7 × 105 + 5 × 95 = 1,210 over 120,000, 10.08333… per 1,000)
     * and is extended to the last two.
     */
    @Test
    void aFixedBaselineGivesTheCentreLineOfItsFirstPoints() {
        AttributeResult result = AttributeChart.analyse(
                points(AttributeSpecialCauseTest.SHIFT),
                SpcChart.U,
                PER_1000,
                ImprovementDirection.DECREASE,
                null,
                new SpcSettings(7, 7, true, 12));

        assertThat(result.centre()).isCloseTo(1210.0 / 120, within(EPS));
        assertThat(result.groups().get(0).baselinePoints()).isEqualTo(12);
        assertThat(result.points().get(11).inBaseline()).isTrue();
        assertThat(result.points().get(12).inBaseline()).isFalse();
        assertThat(result.points().get(13).upl()).isNotNull();
    }

    /**
     * Proportions, as percentages: 4/4, 0/4, 66/100, 4/25, 5/25; p̄ = 79 ÷ 158 = 0.5, so p̄(1 − p̄) = 0.25.
     *
     * <pre>
     *   n = 4:   σ = √(0.25 ÷ 4)   = 0.25 → UPL 0.5 + 0.75 = 1.25 → clipped to 1; LPL −0.25 → clipped to 0;
     *                                       near lines 0.5 ± 0.5: 1 and 0
     *   n = 100: σ = √(0.25 ÷ 100) = 0.05 → UPL 0.65, LPL 0.35, near 0.60 and 0.40
     *   n = 25:  σ = √(0.25 ÷ 25)  = 0.1  → UPL 0.80, LPL 0.20, near 0.70 and 0.30
     * </pre>
     *
     * P01 (100 %) sits on its clipped upper limit and P02 (0 %) on its clipped lower one: neither is outside. P03
     * (66 %) is above its 65 %; P04 (16 %) below its 20 %; P05 (20 %) exactly on its LPL (inside) but beyond its
     * 30 % near line.
     */
    @Test
    void aPChartClipsItsLimitsToZeroAndOne() {
        AttributeResult result = AttributeChart.analyse(
                points(4, 4, 0, 4, 66, 100, 4, 25, 5, 25),
                SpcChart.P,
                PERCENT,
                ImprovementDirection.INCREASE,
                null,
                SpcSettings.DEFAULT);

        assertThat(result.centre()).isCloseTo(50.0, within(EPS));
        assertPoint(result.points().get(0), 25, 100, 0, 100, 0);
        assertPoint(result.points().get(1), 25, 100, 0, 100, 0);
        assertPoint(result.points().get(2), 5, 65, 35, 60, 40);
        assertPoint(result.points().get(3), 10, 80, 20, 70, 30);
        assertPoint(result.points().get(4), 10, 80, 20, 70, 30);
        assertThat(result.points())
                .extracting(AttributeResult.Point::outsideLimits)
                .containsExactly(false, false, true, true, false);
        assertThat(result.points())
                .extracting(AttributeResult.Point::closeToLimits)
                .containsExactly(false, false, false, false, true);
        assertThat(result.points())
                .extracting(AttributeResult.Point::pointType)
                .containsExactly(
                        PointType.COMMON_CAUSE,
                        PointType.COMMON_CAUSE,
                        PointType.SPECIAL_CAUSE_IMPROVEMENT,
                        PointType.SPECIAL_CAUSE_CONCERN,
                        PointType.COMMON_CAUSE);
        assertThat(result.points().get(2).rules()).containsExactly(SpcRule.OUTSIDE_LIMITS);
    }

    @Test
    void aProportionCannotExceedOne() {
        assertThatThrownBy(() -> analyse(points(5, 4), SpcChart.P, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P01");
        // the same figures are a rate on a U chart
        assertThat(analyse(points(5, 4), SpcChart.U, null).centre()).isCloseTo(1.25, within(EPS));
    }

    @Test
    void theXmrChartIsNotAnAttributeChart() {
        assertThatThrownBy(() -> analyse(points(RESTRAINT), SpcChart.XMR, PER_1000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributePoint.of("P01", -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributePoint.of("P01", 1, -10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analyse(points(RESTRAINT), SpcChart.U, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptySeriesHasNoFigures() {
        AttributeResult result = analyse(List.of(), SpcChart.U_PRIME, PER_1000);

        assertThat(result.n()).isZero();
        assertThat(result.centre()).isNull();
        assertThat(result.limitsAreTrial()).isNull();
        assertThat(result.variationType()).isNull();
        assertThat(result.points()).isEmpty();
    }

    /**
     * The restraint series with two periods without a rate: 0/0 after P02 and 3/0 after P04 (events recorded
     * against no exposure). Unlike qicharts2, which adds a zero-exposure period's numerator to Σ numerators, neither
     * counts towards anything: ū is still 50 ÷ 5,000, every other point keeps its limits, and the two are listed
     * with no value, limits or type.
     */
    @Test
    void aPeriodWithoutExposureHasNoRateAndCountsTowardsNothing() {
        List<AttributePoint> points = new ArrayList<>(points(RESTRAINT));
        points.add(2, AttributePoint.of("P02b", 0, 0));
        points.add(5, AttributePoint.of("P04b", 3, 0));

        AttributeResult result = analyse(points, SpcChart.U, PER_1000);

        assertThat(result.n()).isEqualTo(7);
        assertThat(result.centre()).isCloseTo(10.0, within(EPS));
        assertThat(result.groups().get(0).baselinePoints()).isEqualTo(5);
        for (int gap : new int[] {2, 5}) {
            AttributeResult.Point point = result.points().get(gap);
            assertThat(point.value()).isNull();
            assertThat(point.upl()).isNull();
            assertThat(point.lpl()).isNull();
            assertThat(point.sigma()).isNull();
            assertThat(point.pointType()).isNull();
            assertThat(point.rules()).isEmpty();
            assertThat(point.inBaseline()).isFalse();
        }
        assertPoint(result.points().get(3), 2, 16, 4, 14, 6);
        assertPoint(result.points().get(6), 5, 25, 0, 20, 0);
    }

    @Test
    void aSeriesWithoutAnyExposureHasNoCentreLine() {
        AttributeResult result = analyse(points(0, 0, 2, 0), SpcChart.U, PER_1000);

        assertThat(result.centre()).isNull();
        assertThat(result.upl()).isNull();
        assertThat(result.variationType()).isNull();
        assertThat(result.points()).extracting(AttributeResult.Point::value).containsOnlyNulls();
    }

    /**
     * The restraint series, then a change: from P06 (a rebase) 1/250, 2/1,000, 5/750, so ū = 8 ÷ 2,000 = 0.004 =
     * 4 per 1,000. P06: σ = √(0.004 ÷ 250) = √0.000016 = 0.004 → 4; UPL 4 + 12 = 16, LPL 0. P07: σ = √(0.004 ÷
     * 1,000) = 0.002 → 2; UPL 10, LPL 0 (4 − 6), near lines 8 and 0. Group 1 keeps its centre of 10.
     */
    @Test
    void aRebaseStartsAGroupWithItsOwnCentreLine() {
        List<AttributePoint> points = new ArrayList<>(points(RESTRAINT));
        points.add(new AttributePoint("P06", BigDecimal.ONE, new BigDecimal("250"), "No Force First", true, false));
        points.add(AttributePoint.of("P07", 2, 1000));
        points.add(AttributePoint.of("P08", 5, 750));

        AttributeResult result = analyse(points, SpcChart.U, PER_1000);

        assertThat(result.groups()).hasSize(2);
        assertThat(result.groups().get(0).centre()).isCloseTo(10.0, within(EPS));
        assertThat(result.groups().get(1).centre()).isCloseTo(4.0, within(EPS));
        assertThat(result.groups().get(1).firstPeriod()).isEqualTo("P06");
        assertThat(result.centre()).isCloseTo(4.0, within(EPS));
        assertThat(result.points())
                .extracting(AttributeResult.Point::rebaseGroup)
                .containsExactly(1, 1, 1, 1, 1, 2, 2, 2);
        assertThat(result.points().get(5).annotation()).isEqualTo("No Force First");
        assertPoint(result.points().get(0), 10, 40, 0, 30, 0);
        assertPoint(result.points().get(5), 4, 16, 0, 12, 0);
        assertPoint(result.points().get(6), 2, 10, 0, 8, 0);
        assertThat(result.summary()).hasSize(2);
    }

    /**
     * The restraint series with 9/100 (90 per 1,000) excluded after P03. Counted, it would move ū to 59 ÷ 5,100;
     * excluded, ū stays 10 per 1,000 and the other points keep their limits; the excluded point is classified
     * against its own limits (n = 100: UPL 40), so it is outside them, a concern on a DECREASE measure.
     */
    @Test
    void anExcludedPointIsClassifiedButCountsTowardsNothing() {
        List<AttributePoint> points = new ArrayList<>(points(RESTRAINT));
        points.add(
                3, new AttributePoint("P03b", new BigDecimal("9"), new BigDecimal("100"), "data error", false, true));

        AttributeResult result = analyse(points, SpcChart.U, PER_1000);

        assertThat(result.centre()).isCloseTo(10.0, within(EPS));
        assertThat(result.groups().get(0).baselinePoints()).isEqualTo(5);
        AttributeResult.Point excluded = result.points().get(3);
        assertThat(excluded.excluded()).isTrue();
        assertThat(excluded.inBaseline()).isFalse();
        assertThat(excluded.value()).isCloseTo(90.0, within(EPS));
        assertPoint(excluded, 10, 40, 0, 30, 0);
        assertThat(excluded.outsideLimits()).isTrue();
        assertThat(excluded.rules()).containsExactly(SpcRule.OUTSIDE_LIMITS);
        assertThat(excluded.pointType()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        assertPoint(result.points().get(4), 2.5, 17.5, 2.5, 15, 5);
    }

    /**
     * Assurance against the last point's limits (P05, n = 400: UPL 25, LPL 10 − 15 = −5 clipped to 0): a target
     * strictly beyond them is consistent, on them (25, or 0 on the clipped LPL) hit or miss.
     */
    @Test
    void assuranceUsesTheLastPointsLimits() {
        assertThat(assurance("30", ImprovementDirection.DECREASE)).isEqualTo(AssuranceType.CONSISTENT_PASS);
        assertThat(assurance("30", ImprovementDirection.INCREASE)).isEqualTo(AssuranceType.CONSISTENT_FAIL);
        assertThat(assurance("25", ImprovementDirection.DECREASE)).isEqualTo(AssuranceType.INCONSISTENT);
        assertThat(assurance("24.999", ImprovementDirection.DECREASE)).isEqualTo(AssuranceType.INCONSISTENT);
        assertThat(assurance("25.001", ImprovementDirection.DECREASE)).isEqualTo(AssuranceType.CONSISTENT_PASS);
        assertThat(assurance("0", ImprovementDirection.DECREASE)).isEqualTo(AssuranceType.INCONSISTENT);
        assertThat(assurance("30", ImprovementDirection.NEUTRAL)).isNull();
        assertThat(AttributeChart.analyse(
                                points(RESTRAINT),
                                SpcChart.U,
                                PER_1000,
                                ImprovementDirection.DECREASE,
                                new BigDecimal("30"),
                                SpcSettings.DEFAULT)
                        .assuranceIcon())
                .isEqualTo(AssuranceIcon.PASS);
    }

    /** P chart: P05's UPL 0.5 + 0.3 = 0.8 is not clipped, but at n = 4 the UPL of 1.25 is clipped to 1 (100 %). */
    @Test
    void assuranceComparesATargetWithTheClippedLimits() {
        AttributeResult result = AttributeChart.analyse(
                points(2, 4, 3, 4, 1, 4, 2, 4),
                SpcChart.P,
                PERCENT,
                ImprovementDirection.INCREASE,
                new BigDecimal("110"),
                SpcSettings.DEFAULT);

        // p̄ = 8 ÷ 16 = 0.5; n = 4: σ 0.25, UPL 1.25 → 1; a target of 110 % is above the drawn limit of 100 %
        assertThat(result.upl()).isCloseTo(100.0, within(EPS));
        assertThat(result.assuranceType()).isEqualTo(AssuranceType.CONSISTENT_FAIL);
    }

    private static AssuranceType assurance(String target, ImprovementDirection direction) {
        return AttributeChart.analyse(
                        points(RESTRAINT), SpcChart.U, PER_1000, direction, new BigDecimal(target), SpcSettings.DEFAULT)
                .assuranceType();
    }
}
