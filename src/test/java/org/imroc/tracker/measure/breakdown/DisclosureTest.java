package org.imroc.tracker.measure.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small-number suppression by hand: which cells are hidden and why, worked out in the comments. */
class DisclosureTest {

    private static DisclosedTable publish(DisclosureTable table) {
        return Disclosure.DEFAULT.apply(table);
    }

    private static List<String> hidden(DisclosedTable published, List<String> ids) {
        return ids.stream().filter(id -> published.cell(id).suppressed()).toList();
    }

    @Test
    void countsFromOneToFourAreHiddenAndZeroAndFiveAreShown() {
        DisclosureTable table = new DisclosureTable();
        for (int count = 0; count <= 6; count++) {
            table.cell("c" + count, count);
        }
        DisclosedTable published = publish(table);

        assertThat(hidden(published, table.ids())).containsExactly("c1", "c2", "c3", "c4");
        assertThat(published.cell("c0")).isEqualTo(new DisclosedCount("c0", 0L, false, null));
        assertThat(published.cell("c3")).isEqualTo(new DisclosedCount("c3", null, true, SuppressionReason.SMALL_COUNT));
        assertThat(published.cell("c5").value()).isEqualTo(5L);
    }

    @Test
    void aCountOfThreeIsHiddenAndItsComplementToo() {
        // a ward's 20 restraints: BLACK 3 + WHITE 12 + ASIAN 5 + NOT_STATED_OR_KNOWN 0 = 20.
        // 3 is small; with 20, 12, 5 and 0 shown, 20 − 12 − 5 − 0 = 3 gives it away, so the next smallest shown part
        // that is not 0 (ASIAN 5; 5 < 12) is hidden too. A reader now gets only BLACK + ASIAN = 20 − 12 − 0 = 8.
        DisclosureTable table = new DisclosureTable()
                .cell("W1", 20)
                .cell("W1/BLACK", 3)
                .cell("W1/WHITE", 12)
                .cell("W1/ASIAN", 5)
                .cell("W1/NOT_STATED_OR_KNOWN", 0)
                .sum("W1", List.of("W1/BLACK", "W1/WHITE", "W1/ASIAN", "W1/NOT_STATED_OR_KNOWN"));
        DisclosedTable published = publish(table);

        assertThat(published.cell("W1/BLACK").reason()).isEqualTo(SuppressionReason.SMALL_COUNT);
        assertThat(published.cell("W1/ASIAN").reason()).isEqualTo(SuppressionReason.COMPLEMENT);
        assertThat(hidden(published, table.ids())).containsExactly("W1/BLACK", "W1/ASIAN");
        assertThat(published.cell("W1").value()).isEqualTo(20L);
        assertThat(SubtractionReader.oneSumAtATime(published, table.sums(), table.counts()))
                .isEmpty();
    }

    @Test
    void withoutTheComplementTheReaderWouldFindTheThree() {
        // the reader can fail: a disclosure not told that W1 = BLACK + WHITE hides BLACK 3 alone, and 20 − 17 = 3
        DisclosureTable cells =
                new DisclosureTable().cell("W1", 20).cell("W1/BLACK", 3).cell("W1/WHITE", 17);
        DisclosedTable onlyBlackHidden = publish(cells);
        List<CellSum> sums = List.of(new CellSum("W1", List.of("W1/BLACK", "W1/WHITE")));

        assertThat(SubtractionReader.oneSumAtATime(onlyBlackHidden, sums, cells.counts()))
                .containsExactly("W1/BLACK");
        assertThat(SubtractionReader.chained(onlyBlackHidden, sums, cells.ids()))
                .containsExactly("W1/BLACK");
    }

    @Test
    void aComplementCarriesAcrossTheUnitHierarchy() {
        // Trust 40 = W1 3 + W2 17 + W3 20. W1 is small; the smallest other ward is W2 (17 < 20), hidden with it.
        // W2 17 = BLACK 6 + WHITE 11 would then give W2 back (6 + 11) and W1 with it (40 − 17 − 20), so the smaller
        // of W2's parts, BLACK 6, is hidden too; W2/WHITE 11 alone gives nothing.
        DisclosureTable table = new DisclosureTable()
                .cell("TRUST", 40)
                .cell("W1", 3)
                .cell("W2", 17)
                .cell("W3", 20)
                .cell("W2/BLACK", 6)
                .cell("W2/WHITE", 11)
                .sum("TRUST", List.of("W1", "W2", "W3"))
                .sum("W2", List.of("W2/BLACK", "W2/WHITE"));
        DisclosedTable published = publish(table);

        assertThat(hidden(published, table.ids())).containsExactly("W1", "W2", "W2/BLACK");
        assertThat(SubtractionReader.chained(published, table.sums(), table.ids()))
                .isEmpty();
    }

    @Test
    void aTotalIsHiddenWhenCombiningSumsWouldGiveAWardAway() {
        // Trust 9 = W1 3 + W2 4 + W3 2, and the site 7 = W1 + W2. All three wards are small, and each sum hides at
        // least two cells, yet Trust − site = 9 − 7 = 2 = W3. No part is shown, so the Trust's total is hidden.
        // Then Trust − W1 − W2 − W3 = 0 and W1 + W2 = 7 leave W3 = Trust − 7 open.
        DisclosureTable table = new DisclosureTable()
                .cell("TRUST", 9)
                .cell("SITE", 7)
                .cell("W1", 3)
                .cell("W2", 4)
                .cell("W3", 2)
                .sum("TRUST", List.of("W1", "W2", "W3"))
                .sum("SITE", List.of("W1", "W2"));
        DisclosedTable published = publish(table);

        assertThat(published.cell("TRUST").reason()).isEqualTo(SuppressionReason.COMPLEMENT);
        assertThat(published.cell("SITE").value()).isEqualTo(7L);
        assertThat(hidden(published, table.ids())).containsExactly("TRUST", "W1", "W2", "W3");
    }

    @Test
    void aHiddenSiteIsKeptHiddenFromTheTrustLessItsOtherWard() {
        // Trust 12 = W0 3 + W1 1 + W2 8; the site 4 = W0 + W1; W2 8 = G0 1 + G1 7. Small: W0, W1, the site, W2/G0;
        // W2/G0 alone in W2's sum takes W2/G1 (7) with it. Then Trust − W2 = 12 − 8 = 4 gives the site away, and no
        // cell of the site's own sum is shown: of the table's other shown cells the smallest is W2 (8 < 12), and
        // hiding it leaves the site = 12 − W2 open, so W2 is hidden; the Trust's 12 stays.
        DisclosureTable table = new DisclosureTable()
                .cell("TRUST", 12)
                .cell("SITE", 4)
                .cell("W0", 3)
                .cell("W1", 1)
                .cell("W2", 8)
                .cell("W2/G0", 1)
                .cell("W2/G1", 7)
                .sum("TRUST", List.of("W0", "W1", "W2"))
                .sum("SITE", List.of("W0", "W1"))
                .sum("W2", List.of("W2/G0", "W2/G1"));
        DisclosedTable published = publish(table);

        assertThat(hidden(published, table.ids())).containsExactly("SITE", "W0", "W1", "W2", "W2/G0", "W2/G1");
        assertThat(published.cell("W2").reason()).isEqualTo(SuppressionReason.COMPLEMENT);
        assertThat(published.cell("TRUST").value()).isEqualTo(12L);
    }

    @Test
    void roundingAppliesToShownCountsOtherThanZero() {
        // to the nearest 5, halves up: 7 → 5, 8 → 10, 12 → 10, 13 → 15; 0 stays 0; 3 is hidden
        DisclosureTable table = new DisclosureTable()
                .cell("a", 0)
                .cell("b", 3)
                .cell("c", 7)
                .cell("d", 8)
                .cell("e", 12)
                .cell("f", 13);
        DisclosedTable published = new Disclosure(5, 5).apply(table);

        assertThat(List.of("a", "c", "d", "e", "f"))
                .extracting(id -> published.cell(id).value())
                .containsExactly(0L, 5L, 10L, 10L, 15L);
        assertThat(published.cell("b").suppressed()).isTrue();
    }

    @Test
    void roundingNeverTurnsACountIntoZero() {
        // to the nearest 10 with nothing suppressed (minCount 1): 2 would round to 0, which would say "none"; it
        // shows 10. 14 → 10, 15 → 20.
        DisclosedTable published = new Disclosure(1, 10)
                .apply(new DisclosureTable().cell("a", 2).cell("b", 14).cell("c", 15));

        assertThat(List.of("a", "b", "c"))
                .extracting(id -> published.cell(id).value())
                .containsExactly(10L, 10L, 20L);
    }

    @Test
    void aRatioComputedFromAHiddenCountIsHidden() {
        // MIXED's 3 is hidden, so its ratio against WHITE is; BLACK's ratio uses 6 and 7, both shown
        DisclosedTable published =
                publish(new DisclosureTable().cell("BLACK", 6).cell("WHITE", 7).cell("MIXED", 3));
        List<GroupDisparity> rows = Disparities.compare(
                List.of(
                        new GroupCount("BLACK", BigDecimal.valueOf(6), BigDecimal.valueOf(410)),
                        new GroupCount("WHITE", BigDecimal.valueOf(7), BigDecimal.valueOf(2390)),
                        new GroupCount("MIXED", BigDecimal.valueOf(3), BigDecimal.valueOf(120))),
                BigDecimal.valueOf(1000),
                "WHITE");

        assertThat(published.disclose(rows.get(0), List.of("BLACK", "WHITE"))).isEqualTo(rows.get(0));
        GroupDisparity mixed = published.disclose(rows.get(2), List.of("MIXED", "WHITE"));
        assertThat(mixed.suppressed()).isTrue();
        assertThat(mixed.rateRatio()).isNull();
        assertThat(mixed.events()).isNull();
    }

    @Test
    void aSumThatDoesNotAddUpIsRefused() {
        DisclosureTable table = new DisclosureTable().cell("T", 10).cell("A", 3).cell("B", 6);
        assertThatThrownBy(() -> table.sum("T", List.of("A", "B")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("T is 10 but its parts add up to 9");
        assertThatThrownBy(() -> new Disclosure(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
