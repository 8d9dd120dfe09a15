package org.imroc.tracker.measure.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The catalogue: codes, labels and the category-to-group mapping, as the NHS Data Dictionary gives them. */
class BreakdownTest {

    @Test
    void ethnicCategoryHasTheSixteenCategoriesThenNotStatedThenNotKnown() {
        // A–S without I, O and Q (the Data Dictionary skips them): 16 categories, then Z and 99
        assertThat(Breakdown.ETHNIC_CATEGORY.codes())
                .containsExactly(
                        "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z", "99");
        assertThat(Breakdown.ETHNIC_CATEGORY.label("A")).isEqualTo("White British");
        assertThat(Breakdown.ETHNIC_CATEGORY.label("R")).isEqualTo("Chinese");
        assertThat(Breakdown.ETHNIC_CATEGORY.label("Z")).isEqualTo("Not stated");
        assertThat(Breakdown.ETHNIC_CATEGORY.label("99")).isEqualTo("Not known");
        assertThat(Breakdown.ETHNIC_CATEGORY.notRecordedCodes()).containsExactlyInAnyOrder("Z", "99");
    }

    @Test
    void everyCategoryMapsToItsBroadGroupWithChineseUnderOther() {
        Breakdown group = Breakdown.ETHNIC_GROUP;
        assertThat(group.codes()).containsExactly("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "NOT_STATED_OR_KNOWN");
        assertThat(group.fromCategory("A")).isEqualTo("WHITE");
        assertThat(group.fromCategory("C")).isEqualTo("WHITE");
        assertThat(group.fromCategory("D")).isEqualTo("MIXED");
        assertThat(group.fromCategory("G")).isEqualTo("MIXED");
        assertThat(group.fromCategory("H")).isEqualTo("ASIAN");
        assertThat(group.fromCategory("L")).isEqualTo("ASIAN");
        assertThat(group.fromCategory("M")).isEqualTo("BLACK");
        assertThat(group.fromCategory("P")).isEqualTo("BLACK");
        assertThat(group.fromCategory("R")).isEqualTo("OTHER");
        assertThat(group.fromCategory("S")).isEqualTo("OTHER");
        assertThat(group.fromCategory("Z")).isEqualTo("NOT_STATED_OR_KNOWN");
        assertThat(group.fromCategory("99")).isEqualTo("NOT_STATED_OR_KNOWN");
        // every category has a group, and every group code is one of ETHNIC_GROUP's
        for (String category : Breakdown.ETHNIC_CATEGORY.codes()) {
            assertThat(group.isKnown(group.fromCategory(category))).as(category).isTrue();
        }
    }

    @Test
    void onlyEthnicGroupDerivesFromCategories() {
        assertThatThrownBy(() -> Breakdown.SEX.fromCategory("A")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Breakdown.ETHNIC_GROUP.fromCategory("Q"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Q");
    }

    @Test
    void sexAndAgeBandHaveTheirCodesAndNotKnown() {
        assertThat(Breakdown.SEX.codes()).containsExactly("1", "2", "9", "X");
        assertThat(Breakdown.SEX.label("9")).isEqualTo("Indeterminate");
        assertThat(Breakdown.SEX.notRecordedCodes()).containsExactly("X");
        assertThat(Breakdown.AGE_BAND.codes())
                .containsExactly("0-17", "18-25", "26-35", "36-45", "46-55", "56-65", "66+", "UNKNOWN");
        assertThat(Breakdown.AGE_BAND.label("UNKNOWN")).isEqualTo("Not known");
        assertThat(Breakdown.AGE_BAND.notRecordedCodes()).containsExactly("UNKNOWN");
    }

    @Test
    void aCodeOfAnotherBreakdownIsNotKnownAndHasNoLabel() {
        assertThat(Breakdown.ETHNIC_GROUP.isKnown("BLACK")).isTrue();
        assertThat(Breakdown.ETHNIC_GROUP.isKnown("black")).isFalse();
        assertThat(Breakdown.ETHNIC_GROUP.isKnown("M")).isFalse();
        assertThat(Breakdown.SEX.isKnown("0")).isFalse();
        assertThatThrownBy(() -> Breakdown.SEX.label("0")).hasMessageContaining("SEX has no code 0");
    }
}
