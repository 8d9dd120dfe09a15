package org.imroc.tracker.measure.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laney's u′ and p′ charts against σz worked by hand, and how periods without a rate and excluded periods enter σz
 * (the former as in qicharts2, the latter stepped over as the XmR chart steps over left-out points).
 */
class AttributeLaneyTest {

    private static final double EPS = 1e-9;
    private static final BigDecimal PER_1000 = new BigDecimal("1000");

    /**
     * Large denominators, per 1,000 bed days:
     *
     * <pre>
     *   period  events  bed days  rate     σᵢ = √(ū ÷ nᵢ)   zᵢ = (rate − ū) ÷ σᵢ    |zᵢ − zᵢ₋₁|
     *   P01      120    10,000   0.012     0.001            0.002 ÷ 0.001 =  2
     *   P02       45     2,500   0.018     0.002            0.008 ÷ 0.002 =  4       2
     *   P03       60    10,000   0.006     0.001           −0.004 ÷ 0.001 = −4       8
     *   P04        5     2,500   0.002     0.002           −0.008 ÷ 0.002 = −4       0
     *   P05      120    10,000   0.012     0.001            0.002 ÷ 0.001 =  2       6
     *   total    350    35,000   ū = 0.01 (10 per 1,000)
     * </pre>
     *
     * Mean moving range of z = (2 + 8 + 0 + 6) ÷ 4 = 4 (screening line 3.267 × 4 = 13.068: none screened), so
     * σz = 4 ÷ 1.128 = 3.5460992907801418…, 3σz = 10.638297872340425…, 2σz = 7.092198581560283…
     *
     * <pre>
     *   n = 10,000 (σᵢ 1 per 1,000): UPL 10 + 10.6383 = 20.6383, LPL 10 − 10.6383 < 0 → 0;
     *                                 near lines 10 ± 7.0922: 17.0922 and 2.9078
     *   n =  2,500 (σᵢ 2 per 1,000): UPL 10 + 21.2766 = 31.2766, LPL 0; near lines 24.1844 and 0
     * </pre>
     *
     * On the plain u chart (σz = 1) the limits are 10 ± 3 (7 to 13) and 10 ± 6 (4 to 16): P02 (18), P03 (6) and
     * P04 (2) are outside them. The between-period variation σz measures widens them: on u′ none is.
     */
    static final long[] LARGE = {120, 10000, 45, 2500, 60, 10000, 5, 2500, 120, 10000};

    static final double SIGMA_Z = 4 / 1.128;

    @Test
    void laneysUPrimeWidensTheLimitsBySigmaZ() {
        AttributeResult result = analyse(AttributeChartTest.points(LARGE), SpcChart.U_PRIME);

        assertThat(result.chart()).isEqualTo(SpcChart.U_PRIME);
        assertThat(result.centre()).isCloseTo(10.0, within(EPS));
        assertThat(result.sigmaZ()).isCloseTo(SIGMA_Z, within(EPS));
        assertThat(result.sigmaZ()).isCloseTo(3.5460992907801418, within(EPS));
        assertThat(result.points())
                .extracting(AttributeResult.Point::zScore)
                .containsExactly(2.0, 4.0, -4.0, -4.0, 2.0);
        assertThat(result.points())
                .extracting(AttributeResult.Point::zMovingRange)
                .containsExactly(null, 2.0, 8.0, 0.0, 6.0);
        assertThat(result.points()).noneMatch(AttributeResult.Point::zMovingRangeScreened);
        AttributeResult.Point p1 = result.points().get(0);
        assertThat(p1.sigma()).isCloseTo(SIGMA_Z, within(EPS));
        assertThat(p1.upl()).isCloseTo(10 + 3 * SIGMA_Z, within(EPS));
        assertThat(p1.upl()).isCloseTo(20.638297872340425, within(EPS));
        assertThat(p1.lpl()).isZero();
        assertThat(p1.nearUpl()).isCloseTo(17.092198581560283, within(EPS));
        assertThat(p1.nearLpl()).isCloseTo(2.907801418439717, within(EPS));
        AttributeResult.Point p2 = result.points().get(1);
        assertThat(p2.sigma()).isCloseTo(2 * SIGMA_Z, within(EPS));
        assertThat(p2.upl()).isCloseTo(31.27659574468085, within(EPS));
        assertThat(p2.lpl()).isZero();
        assertThat(p2.nearUpl()).isCloseTo(24.184397163120567, within(EPS));
        assertThat(p2.nearLpl()).isZero();
        assertThat(result.points()).noneMatch(AttributeResult.Point::outsideLimits);
        assertThat(result.points()).extracting(AttributeResult.Point::pointType).containsOnly(PointType.COMMON_CAUSE);
    }

    @Test
    void theSameDataOnAPlainUChartSignalsOutsideTheLimits() {
        AttributeResult result = analyse(AttributeChartTest.points(LARGE), SpcChart.U);

        assertThat(result.sigmaZ()).isNull();
        assertThat(result.points()).extracting(AttributeResult.Point::zScore).containsOnlyNulls();
        assertThat(result.points())
                .extracting(AttributeResult.Point::upl)
                .containsExactly(13.0, 16.0, 13.0, 16.0, 13.0);
        assertThat(result.points()).extracting(AttributeResult.Point::lpl).containsExactly(7.0, 4.0, 7.0, 4.0, 7.0);
        assertThat(result.points())
                .extracting(AttributeResult.Point::outsideLimits)
                .containsExactly(false, true, true, true, false);
        // DECREASE: high is a concern, low an improvement
        assertThat(result.points())
                .extracting(AttributeResult.Point::pointType)
                .containsExactly(
                        PointType.COMMON_CAUSE,
                        PointType.SPECIAL_CAUSE_CONCERN,
                        PointType.SPECIAL_CAUSE_IMPROVEMENT,
                        PointType.SPECIAL_CAUSE_IMPROVEMENT,
                        PointType.COMMON_CAUSE);
    }

    /**
     * An excluded period (90/2,500 = 36 per 1,000) inserted between P02 and P03 counts towards neither ū (still
     * 350 ÷ 35,000) nor σz: P03's range is taken from P02, |−4 − 4| = 8, so σz is still 4 ÷ 1.128. Classified
     * against its own limits (n = 2,500: UPL 31.2766) it is outside them.
     */
    @Test
    void anExcludedPointIsSteppedOverBySigmaZ() {
        List<AttributePoint> points = new ArrayList<>(AttributeChartTest.points(LARGE));
        points.add(2, new AttributePoint("P02b", new BigDecimal("90"), new BigDecimal("2500"), false, true));

        AttributeResult result = analyse(points, SpcChart.U_PRIME);

        assertThat(result.centre()).isCloseTo(10.0, within(EPS));
        assertThat(result.sigmaZ()).isCloseTo(SIGMA_Z, within(EPS));
        AttributeResult.Point excluded = result.points().get(2);
        assertThat(excluded.zScore()).isNull();
        assertThat(excluded.zMovingRange()).isNull();
        assertThat(result.points().get(3).zMovingRange()).isCloseTo(8.0, within(EPS));
        assertThat(excluded.value()).isCloseTo(36.0, within(EPS));
        assertThat(excluded.upl()).isCloseTo(31.27659574468085, within(EPS));
        assertThat(excluded.outsideLimits()).isTrue();
        assertThat(excluded.pointType()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
    }

    /**
     * A period without exposure (0/0) between P02 and P03 has no z-score. As in qicharts2 (its z is NaN, and
     * {@code mean(abs(diff(z)), na.rm = TRUE)} drops both ranges touching it), neither P03's range nor one into the
     * gap counts: the ranges are 2 (P02), 0 (P04), 6 (P05), mean 8 ÷ 3, σz = (8 ÷ 3) ÷ 1.128 = 2.3640661938534278.
     */
    @Test
    void aPeriodWithoutARateInterruptsTheZMovingRanges() {
        List<AttributePoint> points = new ArrayList<>(AttributeChartTest.points(LARGE));
        points.add(2, AttributePoint.of("P02b", 0, 0));

        AttributeResult result = analyse(points, SpcChart.U_PRIME);

        assertThat(result.centre()).isCloseTo(10.0, within(EPS));
        assertThat(result.points())
                .extracting(AttributeResult.Point::zMovingRange)
                .containsExactly(null, 2.0, null, null, 0.0, 6.0);
        assertThat(result.sigmaZ()).isCloseTo(8.0 / 3 / 1.128, within(EPS));
        assertThat(result.sigmaZ()).isCloseTo(2.3640661938534278, within(EPS));
        assertThat(result.points().get(2).value()).isNull();
        assertThat(result.points().get(2).pointType()).isNull();
    }

    /**
     * p′: 30/100, 10/100, 20/100, 40/100, 0/100: p̄ = 100 ÷ 500 = 0.2, σᵢ = √(0.2 × 0.8 ÷ 100) = 0.04; z = 2.5,
     * −2.5, 0, 5, −5; ranges 5, 2.5, 5, 10, mean 22.5 ÷ 4 = 5.625 (screening line 3.267 × 5.625 = 18.377: none
     * screened); σz = 5.625 ÷ 1.128 = 4.986702127659574; σᵢσz = 0.19946808510638298; UPL 0.2 + 0.5984 = 0.7984,
     * LPL 0.2 − 0.5984 < 0 → 0; near lines 0.2 + 0.3989 = 0.5989 and 0.
     */
    @Test
    void laneysPPrimeIsClippedAtZero() {
        AttributeResult result = AttributeChart.analyse(
                AttributeChartTest.points(30, 100, 10, 100, 20, 100, 40, 100, 0, 100),
                SpcChart.P_PRIME,
                null,
                ImprovementDirection.INCREASE,
                null,
                SpcSettings.DEFAULT);

        assertThat(result.centre()).isCloseTo(0.2, within(EPS));
        assertThat(result.points())
                .extracting(AttributeResult.Point::zScore)
                .containsExactly(2.5, -2.5, 0.0, 5.0, -5.0);
        assertThat(result.sigmaZ()).isCloseTo(5.625 / 1.128, within(EPS));
        assertThat(result.upl()).isCloseTo(0.2 + 3 * 0.04 * 5.625 / 1.128, within(EPS));
        assertThat(result.lpl()).isZero();
        assertThat(result.nearUpl()).isCloseTo(0.2 + 2 * 0.04 * 5.625 / 1.128, within(EPS));
        assertThat(result.nearLpl()).isZero();
        assertThat(result.points()).noneMatch(AttributeResult.Point::outsideLimits);
    }

    /** Every z-score equal: no moving range survives screening (a mean range of 0), so u′ has no limits. */
    @Test
    void withoutBetweenPeriodVariationLaneyHasNoLimits() {
        AttributeResult result = analyse(AttributeChartTest.points(10, 1000, 20, 2000, 30, 3000), SpcChart.U_PRIME);

        assertThat(result.centre()).isCloseTo(10.0, within(EPS));
        assertThat(result.sigmaZ()).isNull();
        assertThat(result.upl()).isNull();
        assertThat(result.points()).extracting(AttributeResult.Point::upl).containsOnlyNulls();
        assertThat(result.assuranceType()).isNull();
    }

    private static AttributeResult analyse(List<AttributePoint> points, SpcChart chart) {
        return AttributeChart.analyse(
                points, chart, PER_1000, ImprovementDirection.DECREASE, null, SpcSettings.DEFAULT);
    }
}
