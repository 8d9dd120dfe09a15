package org.imroc.tracker.measure.breakdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Many random Trust tables, seeded so a failure can be replayed: wards (some under a site) with their parts by
 * group, the Trust's total and its parts, and every sum a reader knows (each ward's parts add up to the ward, the
 * wards to the site and the Trust, each group's wards to the Trust's group, the Trust's groups to the Trust). On each
 * published table, no small count is shown, every small count is hidden, and no subtraction, one sum at a time or
 * chained across sums, nor any combination of sums gives a hidden cell away.
 */
class DisclosurePropertyTest {

    private static final int TABLES = 1000;

    @Test
    void noSubtractionOnAnyRandomTableRevealsAHiddenCount() {
        Random random = new Random(24);
        int hiddenSeen = 0;
        int complementsSeen = 0;
        for (int t = 0; t < TABLES; t++) {
            DisclosureTable table = randomTable(random);
            DisclosedTable published = Disclosure.DEFAULT.apply(table);
            String where = "table " + t + " " + table.counts();

            List<String> hidden = new ArrayList<>();
            for (String id : table.ids()) {
                long count = table.count(id);
                DisclosedCount cell = published.cell(id);
                if (count >= 1 && count <= 4) {
                    assertThat(cell.reason()).as(where + " " + id).isEqualTo(SuppressionReason.SMALL_COUNT);
                }
                if (cell.suppressed()) {
                    hidden.add(id);
                    complementsSeen += cell.reason() == SuppressionReason.COMPLEMENT ? 1 : 0;
                } else {
                    assertThat(cell.value()).as(where + " " + id).isEqualTo(count);
                }
            }
            hiddenSeen += hidden.size();
            assertThat(SubtractionReader.oneSumAtATime(published, table.sums(), table.counts()))
                    .as(where)
                    .isEmpty();
            assertThat(SubtractionReader.chained(published, table.sums(), table.ids()))
                    .as(where)
                    .isEmpty();
            assertThat(LinearAudit.determined(hidden, table.sums())).as(where).isEmpty();
            assertThat(NullSpace.fixedCells(hidden, table.sums())).as(where).isEmpty();
        }
        // the tables exercise both kinds of suppression, many times over
        assertThat(hiddenSeen).isGreaterThan(TABLES);
        assertThat(complementsSeen).isGreaterThan(TABLES / 2);
    }

    /**
     * The two ways of finding cells a combination of sums fixes agree, on tables published with only the small
     * counts hidden (where many cells are fixed) as on the full disclosure.
     */
    @Test
    void theAuditAndAnIndependentNullSpaceFindTheSameFixedCells() {
        Random random = new Random(30);
        int fixedSeen = 0;
        for (int t = 0; t < TABLES; t++) {
            DisclosureTable table = randomTable(random);
            List<String> small = table.ids().stream()
                    .filter(id -> table.count(id) >= 1 && table.count(id) <= 4)
                    .toList();
            List<String> fixed = NullSpace.fixedCells(small, table.sums());
            assertThat(LinearAudit.determined(small, table.sums()))
                    .as("table " + t + " " + table.counts())
                    .containsExactlyInAnyOrderElementsOf(fixed);
            fixedSeen += fixed.size();
        }
        assertThat(fixedSeen).isGreaterThan(TABLES);
    }

    /** 2 to 4 wards, the first two under a site half the time, 2 to 5 groups; counts 0, small (1–4) or 5–40. */
    private static DisclosureTable randomTable(Random random) {
        int wards = 2 + random.nextInt(3);
        int groups = 2 + random.nextInt(4);
        boolean site = random.nextBoolean();
        long[][] counts = new long[wards][groups];
        for (int w = 0; w < wards; w++) {
            for (int g = 0; g < groups; g++) {
                int kind = random.nextInt(4);
                counts[w][g] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : 5 + random.nextInt(36);
            }
        }
        DisclosureTable table = new DisclosureTable();
        long trust = 0;
        for (long[] ward : counts) {
            for (long count : ward) {
                trust += count;
            }
        }
        table.cell("TRUST", trust);
        for (int g = 0; g < groups; g++) {
            long group = 0;
            for (long[] ward : counts) {
                group += ward[g];
            }
            table.cell("TRUST/G" + g, group);
        }
        for (int w = 0; w < wards; w++) {
            long ward = 0;
            for (int g = 0; g < groups; g++) {
                table.cell("W" + w + "/G" + g, counts[w][g]);
                ward += counts[w][g];
            }
            table.cell("W" + w, ward);
        }
        if (site) {
            table.cell("SITE", table.count("W0") + table.count("W1"));
            table.sum("SITE", List.of("W0", "W1"));
        }
        List<String> wardIds = new ArrayList<>();
        for (int w = 0; w < wards; w++) {
            List<String> parts = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                parts.add("W" + w + "/G" + g);
            }
            table.sum("W" + w, parts);
            wardIds.add("W" + w);
        }
        table.sum("TRUST", wardIds);
        List<String> trustGroups = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            List<String> parts = new ArrayList<>();
            for (int w = 0; w < wards; w++) {
                parts.add("W" + w + "/G" + g);
            }
            table.sum("TRUST/G" + g, parts);
            trustGroups.add("TRUST/G" + g);
        }
        table.sum("TRUST", trustGroups);
        return table;
    }
}
