package org.imroc.tracker.measure.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Assurance: the last group's limits against the target. On {@link XmrChartTest#MDC} the limits are exactly
 * UPL 37.6438 and LPL 8.7562 (23.2 ± 2.66 × 5.43); NHSRplotthedots tests/testthat/test-ptd_calculate_assurance_type.R
 * states the same three outcomes for increase and decrease.
 */
class XmrAssuranceTest {

    private static XmrResult analyse(ImprovementDirection direction, String target) {
        return XmrChart.analyse(
                Series.of(XmrChartTest.MDC),
                direction,
                target == null ? null : new BigDecimal(target),
                SpcSettings.DEFAULT);
    }

    @Test
    void aTargetAboveTheUpperLimitFailsAnIncreaseMeasure() {
        XmrResult result = analyse(ImprovementDirection.INCREASE, "40");

        assertThat(result.assuranceType()).isEqualTo(AssuranceType.CONSISTENT_FAIL);
        assertThat(result.assuranceIcon()).isEqualTo(AssuranceIcon.FAIL);
    }

    @Test
    void aTargetBelowTheLowerLimitPassesAnIncreaseMeasure() {
        XmrResult result = analyse(ImprovementDirection.INCREASE, "5");

        assertThat(result.assuranceType()).isEqualTo(AssuranceType.CONSISTENT_PASS);
        assertThat(result.assuranceIcon()).isEqualTo(AssuranceIcon.PASS);
    }

    @Test
    void aTargetBetweenTheLimitsIsInconsistent() {
        XmrResult result = analyse(ImprovementDirection.INCREASE, "20");

        assertThat(result.assuranceType()).isEqualTo(AssuranceType.INCONSISTENT);
        assertThat(result.assuranceIcon()).isEqualTo(AssuranceIcon.INCONSISTENT);
    }

    @Test
    void aTargetExactlyOnALimitIsInconsistent() {
        assertThat(analyse(ImprovementDirection.INCREASE, "37.6438").assuranceType())
                .isEqualTo(AssuranceType.INCONSISTENT);
        assertThat(analyse(ImprovementDirection.INCREASE, "8.7562").assuranceType())
                .isEqualTo(AssuranceType.INCONSISTENT);
        // a hair beyond the exact limit is decided
        assertThat(analyse(ImprovementDirection.INCREASE, "37.6438000001").assuranceType())
                .isEqualTo(AssuranceType.CONSISTENT_FAIL);
        assertThat(analyse(ImprovementDirection.INCREASE, "8.7561999999").assuranceType())
                .isEqualTo(AssuranceType.CONSISTENT_PASS);
    }

    @Test
    void forADecreaseMeasureTheSidesSwap() {
        assertThat(analyse(ImprovementDirection.DECREASE, "40").assuranceType())
                .isEqualTo(AssuranceType.CONSISTENT_PASS);
        assertThat(analyse(ImprovementDirection.DECREASE, "5").assuranceType())
                .isEqualTo(AssuranceType.CONSISTENT_FAIL);
        assertThat(analyse(ImprovementDirection.DECREASE, "20").assuranceType()).isEqualTo(AssuranceType.INCONSISTENT);
    }

    @Test
    void noTargetOrANeutralMeasureHasNoAssurance() {
        assertThat(analyse(ImprovementDirection.INCREASE, null).assuranceType()).isNull();
        assertThat(analyse(ImprovementDirection.INCREASE, null).assuranceIcon()).isNull();
        assertThat(analyse(ImprovementDirection.NEUTRAL, "40").assuranceType()).isNull();
        assertThat(analyse(ImprovementDirection.NEUTRAL, "40").assuranceIcon()).isNull();
    }

    @Test
    void assuranceUsesTheLastGroupsLimits() {
        // XmrChartTest.TWO_PHASES rebased at point 14: group 1 has LPL 30.05 (target 33 inside it), group 2 has
        // LPL 60 − 24.1616… = 35.8383…, above the target: pass for an INCREASE measure
        XmrResult result = XmrChart.analyse(
                Series.rebasedAt(Set.of(14), XmrChartTest.TWO_PHASES),
                ImprovementDirection.INCREASE,
                new BigDecimal("33"),
                SpcSettings.DEFAULT);

        assertThat(result.assuranceType()).isEqualTo(AssuranceType.CONSISTENT_PASS);
    }

    @Test
    void aLastGroupWithoutLimitsIsInconsistentAsInTheReference() {
        XmrResult result = XmrChart.analyse(
                Series.of("7"), ImprovementDirection.INCREASE, new BigDecimal("5"), SpcSettings.DEFAULT);

        assertThat(result.assuranceType()).isEqualTo(AssuranceType.INCONSISTENT);
    }
}
