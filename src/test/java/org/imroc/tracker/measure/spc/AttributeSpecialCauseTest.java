package org.imroc.tracker.measure.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The XmR chart's special-cause rules on an attribute chart, each point judged against its own limits. Outside the
 * limits is shown in {@link AttributeChartTest} (P chart) and {@link AttributeLaneyTest} (plain U).
 */
class AttributeSpecialCauseTest {

    private static final double EPS = 1e-9;
    private static final BigDecimal PER_1000 = new BigDecimal("1000");

    private static AttributeResult analyse(long[] pairs, ImprovementDirection direction, SpcSettings settings) {
        return AttributeChart.analyse(
                AttributeChartTest.points(pairs), SpcChart.U, PER_1000, direction, null, settings);
    }

    /**
     * Seven periods of 105 per 10,000 bed days, then seven of 95: ū = 1,400 ÷ 140,000 = 0.01 (10 per 1,000),
     * σᵢ = √(0.01 ÷ 10,000) = 0.001 (1 per 1,000): limits 7 and 13, near lines 8 and 12, so 10.5 and 9.5 are
     * well inside them. Each half is seven points on one side of the centre line: a shift.
     */
    static final long[] SHIFT = {
        105, 10000, 105, 10000, 105, 10000, 105, 10000, 105, 10000, 105, 10000, 105, 10000,
        95, 10000, 95, 10000, 95, 10000, 95, 10000, 95, 10000, 95, 10000, 95, 10000
    };

    @Test
    void sevenPointsOnOneSideOfTheCentreLineAreAShift() {
        AttributeResult result = analyse(SHIFT, ImprovementDirection.DECREASE, SpcSettings.DEFAULT);

        assertThat(result.centre()).isCloseTo(10.0, within(EPS));
        assertThat(result.points().get(0).upl()).isCloseTo(13.0, within(EPS));
        assertThat(result.points().get(0).nearLpl()).isCloseTo(8.0, within(EPS));
        assertThat(result.points()).allMatch(p -> p.rules().equals(List.of(SpcRule.SHIFT)));
        assertThat(result.points().subList(0, 7))
                .extracting(AttributeResult.Point::pointType)
                .containsOnly(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(result.points().subList(7, 14))
                .extracting(AttributeResult.Point::pointType)
                .containsOnly(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        // fourteen counted points: the limits are no longer trial ones; the last point sets the icon
        assertThat(result.limitsAreTrial()).isFalse();
        assertThat(result.variationIcon()).isEqualTo(VariationIcon.IMPROVEMENT_LOW);
        assertThat(result.summary().get(0).specialCauseImprovement()).isEqualTo(7);
        // the shift length is a setting: 8 in a row are not there
        assertThat(analyse(SHIFT, ImprovementDirection.DECREASE, new SpcSettings(8, 7, true, null))
                        .points())
                .allMatch(p -> p.rules().isEmpty());
    }

    /**
     * Ten periods of 10,000 bed days and one (P06) of 2,500, per 1,000: 9.5, 9, 9.5, 9, 12.4, 12.8, 12.4, 9.5, 9,
     * 9.5, 9.5. Σ = 95 × 5 + 90 × 3 + 124 × 2 + 32 = 1,025 events over 102,500 bed days: ū = 10 per 1,000.
     * At n = 10,000, σᵢ = 1: near lines 12 and 8, limits 13 and 7. At n = 2,500, σᵢ = 2: near lines 14 and 6.
     * P05 and P07 (12.4) are beyond their near line of 12; P06 (12.8) is higher, but not beyond its own near line
     * of 14. P05, P06 and P07 are all above the centre line with two of them near a limit: P05 and P07 are marked
     * TWO_OF_THREE and P06 is not. No run reaches seven points (four below, three above, four below) and no trend
     * does either.
     */
    static final long[] TWO_OF_THREE = {
        95, 10000, 90, 10000, 95, 10000, 90, 10000, 124, 10000, 32, 2500, 124, 10000, 95, 10000, 90, 10000, 95, 10000,
        95, 10000
    };

    @Test
    void twoOfThreeBeyondTwoSigmaAtThatPoint() {
        AttributeResult result = analyse(TWO_OF_THREE, ImprovementDirection.DECREASE, SpcSettings.DEFAULT);

        assertThat(result.centre()).isCloseTo(10.0, within(EPS));
        assertThat(result.points().get(4).nearUpl()).isCloseTo(12.0, within(EPS));
        assertThat(result.points().get(5).value()).isCloseTo(12.8, within(EPS));
        assertThat(result.points().get(5).nearUpl()).isCloseTo(14.0, within(EPS));
        assertThat(result.points())
                .extracting(AttributeResult.Point::closeToLimits)
                .containsExactly(false, false, false, false, true, false, true, false, false, false, false);
        for (int i = 0; i < result.points().size(); i++) {
            List<SpcRule> expected = i == 4 || i == 6 ? List.of(SpcRule.TWO_OF_THREE) : List.of();
            assertThat(result.points().get(i).rules()).as("point %d", i + 1).isEqualTo(expected);
        }
        assertThat(result.points().get(4).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(result.points().get(5).pointType()).isEqualTo(PointType.COMMON_CAUSE);
    }

    /**
     * Seven rising rates with varying denominators: 1/1,000, 3/2,000, 6/3,000, 10/4,000, 12/4,000, 15/5,000 and
     * 7/2,000 per 1,000 are 1, 1.5, 2, 2.5, 3, 3.0, 3.5: the flat step (3 to 3.0, compared exactly as 12/4,000 and
     * 15/5,000) breaks the trend. Raising P06 to 16/5,000 (3.2) makes it a trend of seven.
     */
    @Test
    void aTrendComparesTheRatesExactly() {
        long[] flat = {1, 1000, 3, 2000, 6, 3000, 10, 4000, 12, 4000, 15, 5000, 7, 2000};
        long[] rising = {1, 1000, 3, 2000, 6, 3000, 10, 4000, 12, 4000, 16, 5000, 7, 2000};

        assertThat(analyse(flat, ImprovementDirection.INCREASE, SpcSettings.DEFAULT)
                        .points())
                .noneMatch(p -> p.rules().contains(SpcRule.TREND));
        assertThat(analyse(rising, ImprovementDirection.INCREASE, SpcSettings.DEFAULT)
                        .points())
                .allMatch(p -> p.rules().contains(SpcRule.TREND));
    }
}
