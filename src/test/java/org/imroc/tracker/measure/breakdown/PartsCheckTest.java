package org.imroc.tracker.measure.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts that add up, and each way they can fail to; sums worked by hand in the comments. */
class PartsCheckTest {

    private static Part part(String code, String numerator, String denominator) {
        return new Part(code, new BigDecimal(numerator), denominator == null ? null : new BigDecimal(denominator));
    }

    /** The issue's example completed: 6 + 7 + 1 = 14 restraints; 410 + 2390 + 220 = 3020 bed days. */
    private static final List<Part> ISSUE_EXAMPLE =
            List.of(part("BLACK", "6", "410"), part("WHITE", "7", "2390"), part("NOT_STATED_OR_KNOWN", "1", "220"));

    @Test
    void partsThatAddUpHaveNoProblem() {
        assertThat(PartsCheck.problems(
                        Breakdown.ETHNIC_GROUP, new BigDecimal("14"), new BigDecimal("3020.0"), ISSUE_EXAMPLE))
                .isEmpty();
    }

    @Test
    void numeratorAndDenominatorDifferencesAreNamedSeparately() {
        // numerators 14 against 15: 1 less; denominators 3020 against 3000: 20 more
        List<PartsProblem> problems = PartsCheck.problems(
                Breakdown.ETHNIC_GROUP, new BigDecimal("15"), new BigDecimal("3000"), ISSUE_EXAMPLE);

        assertThat(problems)
                .extracting(PartsProblem::kind)
                .containsExactly(
                        PartsProblem.Kind.NUMERATORS_DO_NOT_ADD_UP, PartsProblem.Kind.DENOMINATORS_DO_NOT_ADD_UP);
        assertThat(problems.get(0).difference()).isEqualByComparingTo("-1");
        assertThat(problems.get(0).message())
                .isEqualTo("ETHNIC_GROUP numerators add up to 14, 1 less than the total 15");
        assertThat(problems.get(1).difference()).isEqualByComparingTo("20");
        assertThat(problems.get(1).message())
                .isEqualTo("ETHNIC_GROUP denominators add up to 3020, 20 more than the total 3000");
    }

    @Test
    void leavingOutTheNotKnownPartIsADifference() {
        // without NOT_STATED_OR_KNOWN: 6 + 7 = 13 of 14, 410 + 2390 = 2800 of 3020
        List<PartsProblem> problems = PartsCheck.problems(
                Breakdown.ETHNIC_GROUP, new BigDecimal("14"), new BigDecimal("3020"), ISSUE_EXAMPLE.subList(0, 2));

        assertThat(problems)
                .extracting(PartsProblem::difference)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-1"), new BigDecimal("-220"));
    }

    @Test
    void unknownAndRepeatedCodesAreNamed() {
        // A is a category code, not a group code; WHITE twice: 7 + 7 = 14 = the total, so no sum problem
        List<PartsProblem> problems = PartsCheck.problems(
                Breakdown.ETHNIC_GROUP,
                new BigDecimal("14"),
                null,
                List.of(part("A", "0", null), part("WHITE", "7", null), part("WHITE", "7", null)));

        assertThat(problems)
                .extracting(PartsProblem::kind, PartsProblem::code)
                .containsExactly(
                        tuple(PartsProblem.Kind.UNKNOWN_CODE, "A"), tuple(PartsProblem.Kind.DUPLICATE_CODE, "WHITE"));
        assertThat(problems.get(0).message()).isEqualTo("ETHNIC_GROUP has no code A");
    }

    @Test
    void aPlainMeasureAddsValuesOnlyAndRefusesDenominators() {
        // values 2.5 + 1.5 = 4.0 = 4: exact, compared by value
        assertThat(PartsCheck.problems(
                        Breakdown.SEX,
                        new BigDecimal("4"),
                        null,
                        List.of(part("1", "2.5", null), part("2", "1.5", null))))
                .isEmpty();
        assertThat(PartsCheck.problems(
                        Breakdown.SEX,
                        new BigDecimal("4"),
                        null,
                        List.of(part("1", "2.5", "10"), part("2", "1.5", null))))
                .extracting(PartsProblem::kind)
                .containsExactly(PartsProblem.Kind.UNEXPECTED_DENOMINATOR);
    }

    @Test
    void aRateNeedsEveryPartsDenominator() {
        // denominators: only 410 given of 410: the sum agrees, but X has none
        assertThat(PartsCheck.problems(
                        Breakdown.SEX,
                        new BigDecimal("6"),
                        new BigDecimal("410"),
                        List.of(part("1", "6", "410"), part("X", "0", null))))
                .extracting(PartsProblem::kind, PartsProblem::code)
                .containsExactly(tuple(PartsProblem.Kind.MISSING_DENOMINATOR, "X"));
    }
}
