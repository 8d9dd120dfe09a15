package org.imroc.tracker.measure.rebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.measure.Frequency;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.MeasureType;
import org.imroc.tracker.measure.Period;
import org.imroc.tracker.measure.spc.ImprovementDirection;
import org.junit.jupiter.api.Test;

/** A rebase's rules, on the entity (docs/decisions/0036), without Quarkus. */
class MeasureRebaseRulesTest {

    private static final Measure MONTHLY = monthly();
    private static final Period FIRST = month("2024-01");

    private static Measure monthly() {
        Measure measure = new Measure(UUID.randomUUID(), null);
        measure.define(
                "Seclusion",
                MeasureType.OUTCOME,
                "Episodes",
                "episodes",
                ImprovementDirection.DECREASE,
                null,
                Frequency.MONTHLY,
                null,
                false);
        return measure;
    }

    private static Period month(String label) {
        return Frequency.MONTHLY.parse(label).orElseThrow();
    }

    private static void refused(Runnable make, String field, String message) {
        assertThatThrownBy(make::run)
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo(field);
                            assertThat(error.message()).contains(message);
                        }));
    }

    @Test
    void aRebaseKeepsItsTrimmedReasonAndItsPeriod() {
        UUID cycle = UUID.randomUUID();
        MeasureRebase rebase =
                new MeasureRebase(MONTHLY, month("2024-02"), FIRST, cycle, "  Adopted on every ward \n", "Ann");
        assertThat(rebase.getPeriod()).isEqualTo("2024-02");
        assertThat(rebase.getPeriodStart()).isEqualTo(java.time.LocalDate.of(2024, 2, 1));
        assertThat(rebase.getReason()).isEqualTo("Adopted on every ward");
        assertThat(rebase.getCycleId()).isEqualTo(cycle);
        assertThat(rebase.getTrustId()).isEqualTo(MONTHLY.getTrustId());
        assertThat(new MeasureRebase(MONTHLY, month("2024-02"), FIRST, null, "x".repeat(500), "Ann").getReason())
                .hasSize(500);
    }

    @Test
    void aReasonIsRequiredAndAtMost500Characters() {
        for (String reason : new String[] {null, "", "   \t"}) {
            refused(() -> new MeasureRebase(MONTHLY, month("2024-02"), FIRST, null, reason, "Ann"), "reason", "why");
        }
        refused(
                () -> new MeasureRebase(MONTHLY, month("2024-02"), FIRST, null, "x".repeat(501), "Ann"),
                "reason",
                "500");
    }

    @Test
    void theFirstPeriodAndEarlierAlreadyStartTheLimits() {
        refused(() -> new MeasureRebase(MONTHLY, FIRST, FIRST, null, "Why", "Ann"), "period", "first period (2024-01)");
        refused(() -> new MeasureRebase(MONTHLY, month("2023-06"), FIRST, null, "Why", "Ann"), "period", "2024-01");
        refused(
                () -> new MeasureRebase(MONTHLY, month("2024-02"), null, null, "Why", "Ann"),
                "period",
                "no observations");
    }
}
