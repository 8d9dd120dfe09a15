package org.imroc.tracker.measure.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An XmR chart read aloud: the exact sentences for each (variation, assurance) pair, each rule on the last point and
 * each special case, on hand-made series whose mean and limits are worked out in their comments. Periods are P01,
 * P02, … ({@link Series}); a chart's numbers are written with the places that give its largest three significant
 * figures.
 */
class XmrInterpretationTest {

    private static final String NAME = "Restraint per 1,000 bed days";

    /**
     * {@link XmrChartTest#MDC}, alternating 20.666 and 26.096: mean 23.2, UPL 37.6438, LPL 8.7562, no special cause;
     * written with one decimal (37.6 is the largest): 23.2, 8.8, 37.6.
     */
    private static final String[] COMMON = XmrChartTest.MDC;

    /**
     * 10, 12 four times, then 8, 9, 8, 9, 8, 9, 8: mean 147 / 15 = 9.8. Ranges: seven of 2, one of 4, six of 1: MR̄
     * 24 / 14 = 1.7143 (screening line 5.6: none screened). UPL 9.8 + 4.56 = 14.36, LPL 5.24; near lines 12.84 and
     * 6.76, which no value passes. The first 8 points are a shift above the mean, the last 7 (P09–P15) one below;
     * nothing alternating trends. Written with one decimal: 9.8, 5.2, 14.4.
     */
    private static final String[] SHIFT_BELOW = {
        "10", "12", "10", "12", "10", "12", "10", "12", "8", "9", "8", "9", "8", "9", "8"
    };

    /**
     * 55, 45 four times, then 44, 46, …, 56: mean 750 / 15 = 50; MR̄ (70 + 1 + 12) / 14 = 5.93, UPL 65.77, near line
     * 60.5. The last 7 points (P09–P15) rise at every step: a trend; no other rule reaches the last point.
     */
    private static final String[] RISING = {
        "55", "45", "55", "45", "55", "45", "55", "45", "44", "46", "48", "50", "52", "54", "56"
    };

    /**
     * 10, 14 seven times, then 30: mean 198 / 15 = 13.2. Ranges: thirteen of 4 and one of 16; unscreened MR̄ 68 / 14 =
     * 4.857, screening line 15.87 drops the 16: MR̄ 4. UPL 13.2 + 10.64 = 23.84, LPL 2.56: only P15 is outside.
     */
    private static final String[] ONE_OUTSIDE = {
        "10", "14", "10", "14", "10", "14", "10", "14", "10", "14", "10", "14", "10", "14", "30"
    };

    /**
     * 10, 14, … 10 (13 points), then 30, 31: mean 215 / 15 = 14.333. Ranges: twelve of 4, 20, 1; unscreened MR̄
     * 69 / 14 = 4.93, screening line 16.1 drops the 20: MR̄ 49 / 13 = 3.769, UPL 24.36. P14 and P15 are outside.
     */
    private static final String[] TWO_OUTSIDE = {
        "10", "14", "10", "14", "10", "14", "10", "14", "10", "14", "10", "14", "10", "30", "31"
    };

    /**
     * 10, 14, … 10 (11 points), then 14, 14, 20, 20: mean 198 / 15 = 13.2; ranges ten of 4, 4, 0, 6, 0: MR̄ 50 / 14,
     * UPL 13.2 + 9.5 = 22.7, near line 13.2 + 6.333 = 19.533. P13–P15 (14, 20, 20) are above the mean and two are
     * beyond the near line: two of three, and no other rule.
     */
    private static final String[] TWO_OF_THREE = {
        "10", "14", "10", "14", "10", "14", "10", "14", "10", "14", "10", "14", "14", "20", "20"
    };

    private static XmrResult analyse(String[] values, ImprovementDirection direction, String target) {
        return XmrChart.analyse(
                Series.of(values), direction, target == null ? null : new BigDecimal(target), SpcSettings.DEFAULT);
    }

    private static String read(String[] values, ImprovementDirection direction, String target) {
        return Interpretation.of(analyse(values, direction, target), context(direction, target));
    }

    private static Interpretation.Context context(ImprovementDirection direction, String target) {
        return Interpretation.Context.of(NAME, direction, target == null ? null : new BigDecimal(target), "months");
    }

    private static final String COMMON_FIRST = NAME + " shows common cause variation, no significant change: it varies"
            + " around the mean of 23.2 between limits of 8.8 and 37.6.";

    @Test
    void commonCauseWithEachAssurance() {
        assertThat(read(COMMON, ImprovementDirection.INCREASE, "5"))
                .isEqualTo(COMMON_FIRST + " The target of 5 is below the lower limit of 8.8, so the process is"
                        + " consistently passing it: it will be met every month unless the process changes.");
        assertThat(read(COMMON, ImprovementDirection.INCREASE, "40"))
                .isEqualTo(COMMON_FIRST + " The target of 40 is above the upper limit of 37.6, so the process is"
                        + " consistently failing it: the target will not be met without a change to the process.");
        assertThat(read(COMMON, ImprovementDirection.INCREASE, "20"))
                .isEqualTo(COMMON_FIRST + " The target of 20 is inside the limits, so it is hit and miss: it will be"
                        + " met in some months and missed in others unless the process changes.");
        assertThat(read(COMMON, ImprovementDirection.INCREASE, null))
                .isEqualTo(COMMON_FIRST + " No target is set, so the chart gives no assurance.");
    }

    @Test
    void aDecreaseMeasurePassesWithTheTargetAboveTheUpperLimit() {
        assertThat(read(COMMON, ImprovementDirection.DECREASE, "40"))
                .isEqualTo(COMMON_FIRST + " The target of 40 is above the upper limit of 37.6, so the process is"
                        + " consistently passing it: it will be met every month unless the process changes.");
        assertThat(read(COMMON, ImprovementDirection.DECREASE, "5"))
                .isEqualTo(COMMON_FIRST + " The target of 5 is below the lower limit of 8.8, so the process is"
                        + " consistently failing it: the target will not be met without a change to the process.");
    }

    private static final String IMPROVEMENT_FIRST =
            NAME + " shows special cause improvement: the last 7 months, from" + " P09, are all below the mean of 9.8.";

    @Test
    void aShiftBelowTheMeanOfADecreaseMeasureIsImprovementWithEachAssurance() {
        assertThat(read(SHIFT_BELOW, ImprovementDirection.DECREASE, "15"))
                .isEqualTo(IMPROVEMENT_FIRST + " The target of 15 is above the upper limit of 14.4, so the process is"
                        + " consistently passing it.");
        assertThat(read(SHIFT_BELOW, ImprovementDirection.DECREASE, "5"))
                .isEqualTo(IMPROVEMENT_FIRST + " The target of 5 is below the lower limit of 5.2, so despite the"
                        + " improvement the process is consistently failing it: the target will not be met without a"
                        + " further change to the process.");
        assertThat(read(SHIFT_BELOW, ImprovementDirection.DECREASE, "8"))
                .isEqualTo(IMPROVEMENT_FIRST + " The target of 8 is inside the limits, so it will be met in some months"
                        + " and missed in others unless the process changes.");
        assertThat(read(SHIFT_BELOW, ImprovementDirection.DECREASE, null))
                .isEqualTo(IMPROVEMENT_FIRST + " No target is set, so the chart cannot say whether the improvement is"
                        + " enough.");
    }

    private static final String CONCERN_FIRST =
            NAME + " shows special cause concern: the last 7 months, from P09, are all below the mean of 9.8.";

    @Test
    void theSameShiftOnAnIncreaseMeasureIsConcernWithEachAssurance() {
        assertThat(read(SHIFT_BELOW, ImprovementDirection.INCREASE, "5"))
                .isEqualTo(CONCERN_FIRST + " The target of 5 is below the lower limit of 5.2, so the process is still"
                        + " consistently passing it, but the cause of the concern should be found before it puts the"
                        + " target at risk.");
        assertThat(read(SHIFT_BELOW, ImprovementDirection.INCREASE, "15"))
                .isEqualTo(CONCERN_FIRST + " The target of 15 is above the upper limit of 14.4, so the process is"
                        + " consistently failing it: the target will not be met without a change to the process, and"
                        + " the cause of the concern should be found.");
        assertThat(read(SHIFT_BELOW, ImprovementDirection.INCREASE, "8"))
                .isEqualTo(CONCERN_FIRST + " The target of 8 is inside the limits, so it will be met in some months"
                        + " and missed in others, and the concern makes a miss more likely until its cause is found.");
        assertThat(read(SHIFT_BELOW, ImprovementDirection.INCREASE, null))
                .isEqualTo(CONCERN_FIRST + " No target is set, so the chart gives no assurance, but the cause of the"
                        + " concern should be found.");
    }

    /** The fixed set: one second sentence per (variation, assurance or none) pair, and two for a NEUTRAL measure. */
    @Test
    void thereIsOneAssuranceSentencePerVariationAndAssurance() {
        List<AssuranceType> assurances = new ArrayList<>(List.of(AssuranceType.values()));
        assurances.add(null);
        for (XmrInterpretation.Variation variation : XmrInterpretation.Variation.values()) {
            for (AssuranceType assurance : assurances) {
                assertThat(XmrInterpretation.Assurance.of(variation, assurance).variation)
                        .isEqualTo(variation);
            }
        }
        assertThat(XmrInterpretation.Assurance.values())
                .hasSize(XmrInterpretation.Variation.values().length * assurances.size() + 2);
    }

    @Test
    void aNeutralMeasureShowsSpecialCauseWithoutJudgingItOrTheTarget() {
        String first = NAME + " shows special cause variation, neither improvement nor concern: the last 7 months,"
                + " from P09, are all below the mean of 9.8.";
        assertThat(read(SHIFT_BELOW, ImprovementDirection.NEUTRAL, null))
                .isEqualTo(first + " The measure has no improvement direction and no target, so the chart gives no"
                        + " assurance.");
        assertThat(read(SHIFT_BELOW, ImprovementDirection.NEUTRAL, "8"))
                .isEqualTo(first + " The measure has no improvement direction, so the target of 8 is shown but gives"
                        + " no assurance.");
        assertThat(read(COMMON, ImprovementDirection.NEUTRAL, "20"))
                .isEqualTo(COMMON_FIRST + " The measure has no improvement direction, so the target of 20 is shown but"
                        + " gives no assurance.");
    }

    @Test
    void aShiftSinceARebaseSaysSinceWhenTheLimitsWereRecalculated() {
        List<SeriesPoint> points = Series.rebasedAt(Set.of(16), Series.concat(COMMON, SHIFT_BELOW));
        XmrResult result = XmrChart.analyse(points, ImprovementDirection.DECREASE, null, SpcSettings.DEFAULT);
        Interpretation.Context context = context(ImprovementDirection.DECREASE, null);

        assertThat(Interpretation.of(result, context))
                .isEqualTo(NAME + " shows special cause improvement: the last 7 months, from P24, are all below the"
                        + " mean of 9.8 since the limits were recalculated in P16. No target is set, so the chart"
                        + " cannot say whether the improvement is enough.");
        assertThat(Interpretation.of(result, context.withChange("the No Force First launch in 2024-04")))
                .isEqualTo(NAME + " shows special cause improvement: the last 7 months, from P24, are all below the"
                        + " mean of 9.8 since the No Force First launch in 2024-04. No target is set, so the chart"
                        + " cannot say whether the improvement is enough.");
    }

    /**
     * The issue's example, on monthly periods: {@link #COMMON} from 2023-01, then from the rebase at 2024-04 8, 9, 8,
     * 9, 8, 9, 8 and 5.5, 6 alternating for 9 months (2024-11 to 2025-07): mean 110.5 / 16 = 6.906; ranges six of 1,
     * 2.5, eight of 0.5: MR̄ 12.5 / 15 = 0.833 (screening line 2.72), limits 4.69 and 9.12 (two decimals: 9.12 is the
     * largest). The last 9 months are a shift below the mean; the target of 5 lies between the limits.
     */
    @Test
    void theIssuesExample() {
        String[] afterLaunch = {"8", "9", "8", "9", "8", "9", "8", "5.5", "6", "5.5", "6", "5.5", "6", "5.5", "6", "5.5"
        };
        List<SeriesPoint> points = new ArrayList<>();
        YearMonth month = YearMonth.of(2023, 1);
        for (String value : Series.concat(COMMON, afterLaunch)) {
            boolean launch = month.equals(YearMonth.of(2024, 4));
            points.add(new SeriesPoint(month.toString(), new BigDecimal(value), null, launch));
            month = month.plusMonths(1);
        }
        XmrResult result =
                XmrChart.analyse(points, ImprovementDirection.DECREASE, new BigDecimal("5"), SpcSettings.DEFAULT);
        Interpretation.Context context =
                context(ImprovementDirection.DECREASE, "5").withChange("the No Force First launch in 2024-04");

        assertThat(Interpretation.of(result, context))
                .isEqualTo("Restraint per 1,000 bed days shows special cause improvement: the last 9 months, from"
                        + " 2024-11, are all below the mean of 6.91 since the No Force First launch in 2024-04. The"
                        + " target of 5 is inside the limits, so it will be met in some months and missed in others"
                        + " unless the process changes.");
    }

    @Test
    void theLatestChangeIsTheRecordedRebasesReasonWhenThePointHasOne() {
        List<SeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String note = i == 3
                    ? "PDSA 1 started: Huddles; Limits recalculated: Huddles adopted (PDSA 1: Huddles)"
                    : i == 1 ? "Ward 3 reopened" : null;
            points.add(new SeriesPoint("P0" + (i + 1), BigDecimal.valueOf(10 - i), note, i == 3));
        }
        XmrResult rebased = XmrChart.analyse(points, ImprovementDirection.DECREASE, null, SpcSettings.DEFAULT);
        assertThat(Interpretation.latestChange(rebased)).isEqualTo("Huddles adopted (PDSA 1: Huddles) in P04");

        points.set(3, new SeriesPoint("P04", BigDecimal.valueOf(7), "New ward opened", true));
        XmrResult annotated = XmrChart.analyse(points, ImprovementDirection.DECREASE, null, SpcSettings.DEFAULT);
        assertThat(Interpretation.latestChange(annotated)).isEqualTo("New ward opened in P04");

        List<SeriesPoint> single = points.stream()
                .map(p -> new SeriesPoint(p.period(), p.value(), p.annotation(), false))
                .toList();
        assertThat(Interpretation.latestChange(
                        XmrChart.analyse(single, ImprovementDirection.DECREASE, null, SpcSettings.DEFAULT)))
                .isNull();
    }

    @Test
    void aTrendSaysHowLongItHasRisen() {
        assertThat(read(RISING, ImprovementDirection.INCREASE, null))
                .isEqualTo("Restraint per 1,000 bed days shows special cause improvement: the last 7 months, from P09,"
                        + " have risen without a break. No target is set, so the chart cannot say whether the"
                        + " improvement is enough.");
        assertThat(read(RISING, ImprovementDirection.DECREASE, null))
                .startsWith(NAME + " shows special cause concern: the last 7 months, from P09, have risen without a"
                        + " break.");
    }

    @Test
    void aSinglePointOutsideTheLimitsIsNamedWithItsValue() {
        assertThat(read(ONE_OUTSIDE, ImprovementDirection.INCREASE, "20"))
                .isEqualTo(NAME + " shows special cause improvement: the latest month (P15, 30) is above the upper"
                        + " limit of 23.8. The target of 20 is inside the limits, so it will be met in some months and"
                        + " missed in others unless the process changes.");
    }

    @Test
    void pointsOutsideTheLimitsInARowAreCounted() {
        assertThat(read(TWO_OUTSIDE, ImprovementDirection.DECREASE, null))
                .isEqualTo(NAME + " shows special cause concern: the last 2 months, from P14, are all above the upper"
                        + " limit of 24.4. No target is set, so the chart gives no assurance, but the cause of the"
                        + " concern should be found.");
    }

    @Test
    void twoOfTheLastThreeCloseToALimit() {
        assertThat(read(TWO_OF_THREE, ImprovementDirection.INCREASE, "25"))
                .isEqualTo(NAME + " shows special cause improvement: 2 of the last 3 months are close to the upper"
                        + " limit of 22.7, above 19.5. The target of 25 is above the upper limit of 22.7, so despite"
                        + " the improvement the process is consistently failing it: the target will not be met without"
                        + " a further change to the process.");
    }

    /** 10, 14, … 10 (9 points): mean 106 / 9 = 11.78, MR̄ 4, limits 1.14 and 22.42: trial limits (fewer than 13). */
    @Test
    void trialLimitsAreSaidInBrackets() {
        String[] nine = {"10", "14", "10", "14", "10", "14", "10", "14", "10"};

        assertThat(read(nine, ImprovementDirection.INCREASE, null))
                .isEqualTo(NAME + " shows common cause variation, no significant change: it varies around the mean of"
                        + " 11.8 between limits of 1.1 and 22.4 (trial limits from only 9 months; 13 are needed). No"
                        + " target is set, so the chart gives no assurance.");
    }

    @Test
    void tooFewPointsForLimits() {
        assertThat(read(new String[] {"7"}, ImprovementDirection.INCREASE, "5"))
                .isEqualTo(NAME + " has only 1 month of data, too few to set process limits, so neither variation nor"
                        + " assurance can be judged yet.");
        List<SeriesPoint> rebased = Series.rebasedAt(Set.of(16), Series.concat(COMMON, new String[] {"30"}));
        XmrResult result = XmrChart.analyse(rebased, ImprovementDirection.INCREASE, null, SpcSettings.DEFAULT);
        assertThat(Interpretation.of(result, context(ImprovementDirection.INCREASE, null)))
                .isEqualTo(NAME + " has only 1 month of data since the limits were recalculated in P16, too few to set"
                        + " process limits, so neither variation nor assurance can be judged yet.");
    }

    @Test
    void noVariationMeansNoLimits() {
        assertThat(read(new String[] {"5", "5", "5", "5"}, ImprovementDirection.DECREASE, "3"))
                .isEqualTo(NAME + " has been 5 in each of the last 4 months: with no variation there are no process"
                        + " limits, so neither variation nor assurance can be judged.");
    }

    @Test
    void anEmptyChart() {
        assertThat(read(new String[0], ImprovementDirection.INCREASE, "5")).isEqualTo(NAME + " has no data yet.");
    }

    /** {@link #COMMON} × 100: mean 2,320, MR̄ 543, limits 875.62 and 3,764.38, written without decimals. */
    @Test
    void largeNumbersHaveThousandsSeparatorsAndTheTargetIsWrittenAsGiven() {
        String[] large = new String[COMMON.length];
        for (int i = 0; i < COMMON.length; i++) {
            large[i] = new BigDecimal(COMMON[i]).movePointRight(2).toPlainString();
        }

        assertThat(read(large, ImprovementDirection.INCREASE, "1000.50"))
                .isEqualTo(NAME + " shows common cause variation, no significant change: it varies around the mean of"
                        + " 2,320 between limits of 876 and 3,764. The target of 1,000.5 is inside the limits, so it is"
                        + " hit and miss: it will be met in some months and missed in others unless the process"
                        + " changes.");
    }

    @Test
    void aPercentageCarriesItsSuffixAndTheWordsDoNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            XmrResult result = analyse(COMMON, ImprovementDirection.INCREASE, "20");
            Interpretation.Context context = Interpretation.Context.of(
                            "Course completion rate", ImprovementDirection.INCREASE, new BigDecimal("20"), "quarters")
                    .withSuffix("%");

            assertThat(Interpretation.of(result, context))
                    .isEqualTo("Course completion rate shows common cause variation, no significant change: it varies"
                            + " around the mean of 23.2% between limits of 8.8% and 37.6%. The target of 20% is inside"
                            + " the limits, so it is hit and miss: it will be met in some quarters and missed in others"
                            + " unless the process changes.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersKeepThreeSignificantFiguresOfTheChartsLargestAndAtMostTheSetDecimals() {
        Interpretation.Context context = Interpretation.Context.of(NAME, ImprovementDirection.INCREASE, null, "weeks");

        assertThat(context.numbers(6.7857).of(6.7857)).isEqualTo("6.79");
        assertThat(context.numbers(12.345).of(6.7857)).isEqualTo("6.8");
        assertThat(context.numbers(6.7).of(6.8)).isEqualTo("6.8");
        assertThat(context.numbers(1234.5).of(1234.5)).isEqualTo("1,235");
        assertThat(context.numbers(1234567).of(1234567.4)).isEqualTo("1,234,567");
        assertThat(context.numbers(0.0456).of(0.0456)).isEqualTo("0.05");
        assertThat(context.withDecimals(4).numbers(0.0456).of(0.0456)).isEqualTo("0.0456");
        assertThat(context.numbers(5).of(-0.001)).isEqualTo("0");
        assertThat(context.numbers(5).of(-2.5)).isEqualTo("-2.5");
        assertThat(context.exact(new BigDecimal("12500.2500"))).isEqualTo("12,500.25");
        assertThat(context.count(1)).isEqualTo("1 week");
        assertThat(context.count(2)).isEqualTo("2 weeks");
    }

    @Test
    void aMeasureNameWithBracesIsWrittenAsItIs() {
        XmrResult result = analyse(COMMON, ImprovementDirection.INCREASE, null);
        Interpretation.Context context =
                Interpretation.Context.of("Falls {draft}", ImprovementDirection.INCREASE, null, "months");

        assertThat(Interpretation.of(result, context)).startsWith("Falls {draft} shows common cause variation");
    }

    @Test
    void aContextThatDoesNotMatchTheResultIsRefused() {
        XmrResult withTarget = analyse(COMMON, ImprovementDirection.INCREASE, "20");

        assertThatThrownBy(() -> Interpretation.of(withTarget, context(ImprovementDirection.INCREASE, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Interpretation.of(withTarget, context(ImprovementDirection.NEUTRAL, "20")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
