package org.imroc.tracker.measure.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rates, rate ratios and their 95 % intervals, each worked by hand (to 4 or 5 figures; the code's doubles agree to
 * the tolerance given) with the Poisson log method: CI = exp(ln RR ± 1.96 × √(1/a + 1/b)).
 */
class DisparitiesTest {

    private static final BigDecimal PER_1000 = new BigDecimal("1000");

    private static GroupCount count(String code, int events, Integer denominator) {
        return new GroupCount(
                code, BigDecimal.valueOf(events), denominator == null ? null : BigDecimal.valueOf(denominator));
    }

    @Test
    void theIssuesExampleIsAWhollyAboveOneDisparity() {
        List<GroupDisparity> rows =
                Disparities.compare(List.of(count("BLACK", 6, 410), count("WHITE", 7, 2390)), PER_1000, "WHITE");

        GroupDisparity black = rows.get(0);
        // rate = 6 / 410 × 1000 = 14.634146…
        assertThat(black.rate().doubleValue()).isCloseTo(14.634146, within(1e-6));
        // RR = (6/410)/(7/2390) = 14340/2870 = 4.99652; ln = 1.60874; se = √(1/6 + 1/7) = √0.309524 = 0.55635;
        // 1.96 × se = 1.09044; CI = exp(1.60874 ± 1.09044) = exp(0.51830) to exp(2.69918) = 1.6792 to 14.868
        assertThat(black.rateRatio()).isCloseTo(4.99652, within(1e-5));
        assertThat(black.lower()).isCloseTo(1.6792, within(1e-4));
        assertThat(black.upper()).isCloseTo(14.868, within(1e-3));
        assertThat(black.side()).isEqualTo(IntervalSide.WHOLLY_ABOVE_ONE);
        assertThat(black.reason()).isNull();

        GroupDisparity white = rows.get(1);
        // rate = 7 / 2390 × 1000 = 2.928870…; the reference has no ratio of its own
        assertThat(white.rate().doubleValue()).isCloseTo(2.928870, within(1e-6));
        assertThat(white.rateRatio()).isNull();
        assertThat(white.reason()).isEqualTo(NoRatioReason.REFERENCE);
    }

    @Test
    void aRateIsExactToThirtyFourDigits() {
        // 6 × 1000 / 410 = 600/41 = 14.634146341463414634146341463414634146…: 34 significant digits, half even
        GroupDisparity black = Disparities.compare(
                        List.of(count("BLACK", 6, 410), count("WHITE", 7, 2390)), PER_1000, "WHITE")
                .get(0);
        assertThat(black.rate()).isEqualByComparingTo("14.63414634146341463414634146341463");
    }

    @Test
    void anIntervalWhollyBelowOneIsFlagged() {
        // RR = (3/1000)/(12/1000) = 0.25; ln = −1.38629; se = √(1/3 + 1/12) = √0.416667 = 0.64550; 1.96 × se = 1.26517;
        // CI = exp(−2.65147) to exp(−0.12112) = 0.070548 to 0.88593
        GroupDisparity row = Disparities.compare(
                        List.of(count("ASIAN", 3, 1000), count("WHITE", 12, 1000)), PER_1000, "WHITE")
                .get(0);
        assertThat(row.rateRatio()).isCloseTo(0.25, within(1e-12));
        assertThat(row.lower()).isCloseTo(0.070548, within(1e-6));
        assertThat(row.upper()).isCloseTo(0.88593, within(1e-5));
        assertThat(row.side()).isEqualTo(IntervalSide.WHOLLY_BELOW_ONE);
    }

    @Test
    void anIntervalThatIncludesOneIsNotADisparity() {
        // RR = (10/2000)/(30/3000) = 0.5; se = √(1/10 + 1/30) = 0.36515; 1.96 × se = 0.71569;
        // CI = exp(−0.69315 ± 0.71569) = exp(−1.40884) to exp(0.02254) = 0.24443 to 1.0228
        GroupDisparity row = Disparities.compare(
                        List.of(count("MIXED", 10, 2000), count("WHITE", 30, 3000)), PER_1000, "WHITE")
                .get(0);
        assertThat(row.lower()).isCloseTo(0.24443, within(1e-5));
        assertThat(row.upper()).isCloseTo(1.0228, within(1e-4));
        assertThat(row.side()).isEqualTo(IntervalSide.INCLUDES_ONE);
    }

    @Test
    void groupsWithoutEventsOrDenominatorsSayWhyTheyHaveNoRatio() {
        List<GroupDisparity> rows = Disparities.compare(
                List.of(count("WHITE", 7, 2390), count("MIXED", 0, 150), count("OTHER", 2, null), count("ASIAN", 1, 0)),
                PER_1000,
                "WHITE");

        assertThat(rows)
                .extracting(GroupDisparity::reason)
                .containsExactly(
                        NoRatioReason.REFERENCE,
                        NoRatioReason.NO_EVENTS,
                        NoRatioReason.NO_DENOMINATOR,
                        NoRatioReason.NO_DENOMINATOR);
        // 0 events over 150 bed days is a rate of 0, shown; without a denominator there is no rate
        assertThat(rows.get(1).rate()).isEqualByComparingTo("0");
        assertThat(rows.get(2).rate()).isNull();
        assertThat(rows.get(3).rate()).isNull();
        assertThat(rows).extracting(GroupDisparity::rateRatio).containsOnlyNulls();
    }

    @Test
    void aReferenceWithoutEventsDenominatorOrFiguresGivesNoRatio() {
        assertThat(Disparities.compare(List.of(count("BLACK", 6, 410), count("WHITE", 0, 2390)), PER_1000, "WHITE")
                        .get(0)
                        .reason())
                .isEqualTo(NoRatioReason.REFERENCE_HAS_NO_EVENTS);
        assertThat(Disparities.compare(List.of(count("BLACK", 6, 410), count("WHITE", 7, null)), PER_1000, "WHITE")
                        .get(0)
                        .reason())
                .isEqualTo(NoRatioReason.REFERENCE_HAS_NO_DENOMINATOR);
        assertThat(Disparities.compare(List.of(count("BLACK", 6, 410)), PER_1000, "WHITE")
                        .get(0)
                        .reason())
                .isEqualTo(NoRatioReason.REFERENCE_MISSING);
    }

    /** Two months that add up to the issue's example: 4 + 2 = 6 of 200 + 210 = 410; 2 + 5 = 7 of 1000 + 1390 = 2390. */
    private static final List<PeriodGroups> TWO_MONTHS = List.of(
            new PeriodGroups("2025-01", List.of(count("BLACK", 4, 200), count("WHITE", 2, 1000))),
            new PeriodGroups("2025-02", List.of(count("BLACK", 2, 210), count("WHITE", 5, 1390))));

    @Test
    void perPeriodRatiosShowTheRatioFalling() {
        List<PeriodDisparities> periods = Disparities.byPeriod(TWO_MONTHS, PER_1000, "WHITE");

        assertThat(periods).extracting(PeriodDisparities::period).containsExactly("2025-01", "2025-02");
        GroupDisparity january = periods.get(0).groups().get(0);
        // RR = (4/200)/(2/1000) = 10; se = √(1/4 + 1/2) = 0.86603; 1.96 × se = 1.69741;
        // CI = exp(2.30259 ± 1.69741) = exp(0.60518) to exp(4.0) = 1.8316 to 54.598
        assertThat(january.rateRatio()).isCloseTo(10.0, within(1e-12));
        assertThat(january.lower()).isCloseTo(1.8316, within(1e-4));
        assertThat(january.upper()).isCloseTo(54.598, within(1e-3));
        GroupDisparity february = periods.get(1).groups().get(0);
        // RR = (2/210)/(5/1390) = 2780/1050 = 2.64762; se = √(1/2 + 1/5) = 0.83666; 1.96 × se = 1.63985;
        // CI = exp(0.97366 ± 1.63985) = 0.51366 to 13.647: fallen, and no longer wholly above 1
        assertThat(february.rateRatio()).isCloseTo(2.64762, within(1e-5));
        assertThat(february.lower()).isCloseTo(0.51366, within(1e-5));
        assertThat(february.side()).isEqualTo(IntervalSide.INCLUDES_ONE);
    }

    @Test
    void theWindowSumsEachGroupsEventsAndDenominatorsFirst() {
        // the sums are the issue's example: RR 4.99652 (see above)
        List<GroupDisparity> window = Disparities.overWindow(TWO_MONTHS, PER_1000, "WHITE");

        assertThat(window.get(0).events()).isEqualByComparingTo("6");
        assertThat(window.get(0).denominator()).isEqualByComparingTo("410");
        assertThat(window.get(0).rateRatio()).isCloseTo(4.99652, within(1e-5));
    }

    @Test
    void aDenominatorMissingInOnePeriodIsMissingOverTheWindow() {
        List<PeriodGroups> periods = List.of(
                new PeriodGroups("2025-01", List.of(count("BLACK", 4, 200), count("WHITE", 2, 1000))),
                new PeriodGroups("2025-02", List.of(count("BLACK", 2, null), count("WHITE", 5, 1390))));

        GroupDisparity black =
                Disparities.overWindow(periods, PER_1000, "WHITE").get(0);
        assertThat(black.events()).isEqualByComparingTo("6");
        assertThat(black.denominator()).isNull();
        assertThat(black.reason()).isEqualTo(NoRatioReason.NO_DENOMINATOR);
    }

    @Test
    void aSuppressedRowHidesEveryFigureButKeepsItsCode() {
        GroupDisparity hidden = Disparities.compare(
                        List.of(count("BLACK", 6, 410), count("WHITE", 7, 2390)), PER_1000, "WHITE")
                .get(0)
                .suppress();
        assertThat(hidden).isEqualTo(new GroupDisparity("BLACK", null, null, null, null, null, null, null, null, true));
    }
}
