package org.imroc.tracker.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.measure.spc.ImprovementDirection;
import org.junit.jupiter.api.Test;

/** The limits on what a measure holds, as rules of the entity (docs/decisions/0020), without Quarkus. */
class MeasureLimitRulesTest {

    private static Measure of(Frequency frequency) {
        Measure measure = new Measure(UUID.randomUUID(), null);
        measure.define(
                "Seclusion",
                MeasureType.OUTCOME,
                "Episodes",
                "episodes",
                ImprovementDirection.DECREASE,
                null,
                frequency,
                null,
                false);
        return measure;
    }

    @Test
    void aMeasureHoldsTwentyYearsOfItsFrequency() {
        assertThat(of(Frequency.WEEKLY).maxPeriods()).isEqualTo(1044); // 20 × 52.1775 = 1043.55, rounded up
        assertThat(of(Frequency.MONTHLY).maxPeriods()).isEqualTo(240);
        assertThat(of(Frequency.QUARTERLY).maxPeriods()).isEqualTo(80);
        assertThatCode(() -> of(Frequency.MONTHLY).requireWithinLimits(240, 0, "observations"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> of(Frequency.MONTHLY).requireWithinLimits(241, 0, "observations"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("observations");
                        assertThat(error.message()).contains("at most 240 periods");
                    });
                });
    }

    @Test
    void rebasesAreOneAndOneMorePerTwelvePeriodsAtMostTwenty() {
        assertThat(Measure.maxRebases(1)).isEqualTo(1);
        assertThat(Measure.maxRebases(11)).isEqualTo(1);
        assertThat(Measure.maxRebases(12)).isEqualTo(2);
        assertThat(Measure.maxRebases(228)).isEqualTo(20);
        assertThat(Measure.maxRebases(1044)).isEqualTo(20);
        Measure weekly = of(Frequency.WEEKLY);
        assertThatCode(() -> weekly.requireWithinLimits(24, 3, "rows")).doesNotThrowAnyException();
        assertThatThrownBy(() -> weekly.requireWithinLimits(24, 4, "rows"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.errors().get(0).message()).contains("at most 3 rebases"));
        assertThatThrownBy(() -> weekly.requireWithinLimits(1044, 21, "rows"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.errors().get(0).message()).contains("at most 20 rebases"));
    }
}
