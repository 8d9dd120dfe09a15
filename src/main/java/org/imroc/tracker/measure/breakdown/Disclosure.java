package org.imroc.tracker.measure.breakdown;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Statistical disclosure control for counts published beyond the Trust's own people: a count from 1 to
 * {@code minCount − 1} could identify a person and is suppressed (0 is shown: it identifies no one); then
 * complementary suppression, so no suppressed count can be worked out by subtraction; then shown counts other than
 * 0 are rounded to the nearest multiple of {@code roundTo} (halves up, and never down to 0).
 *
 * <p>Complements are chosen in two steps, repeated until neither adds a cell. First, in every sum with exactly one
 * hidden cell, the smallest shown part is hidden too (a part that is not 0 before one that is; on equal counts, the
 * one added to the table first; the total only when every part is hidden), since its total less the other parts
 * would give the hidden cell away. Then {@code LinearAudit} looks for a hidden cell a reader could still compute by
 * combining sums (a Trust less a site gives the ward outside the site); for the first such cell, one more cell is
 * hidden: the first, in order of preference, whose hiding leaves it open (its own sums' choice, then every other
 * shown cell, smallest first). Suppression is decided on the true counts, before rounding.
 */
public record Disclosure(int minCount, int roundTo) {

    /** The defaults: counts 1 to 4 hidden, no rounding. */
    public static final Disclosure DEFAULT = new Disclosure(5, 1);

    public Disclosure {
        if (minCount < 1 || roundTo < 1) {
            throw new IllegalArgumentException("minCount and roundTo are at least 1");
        }
    }

    /** The table as it may be published. */
    public DisclosedTable apply(DisclosureTable table) {
        Map<String, SuppressionReason> hidden = new LinkedHashMap<>();
        table.counts().forEach((id, count) -> {
            if (count >= 1 && count < minCount) {
                hidden.put(id, SuppressionReason.SMALL_COUNT);
            }
        });
        List<String> order = table.ids();
        while (true) {
            hideLoneCells(table, hidden, order);
            String next = complementForDeterminedCell(table, hidden, order);
            if (next == null) {
                break;
            }
            hidden.put(next, SuppressionReason.COMPLEMENT);
        }
        Map<String, DisclosedCount> cells = new LinkedHashMap<>();
        table.counts()
                .forEach((id, count) -> cells.put(
                        id,
                        hidden.containsKey(id)
                                ? new DisclosedCount(id, null, true, hidden.get(id))
                                : new DisclosedCount(id, rounded(count), false, null)));
        return new DisclosedTable(cells);
    }

    private long rounded(long count) {
        if (count == 0 || roundTo == 1) {
            return count;
        }
        long nearest = Math.floorDiv(count + roundTo / 2, roundTo) * roundTo;
        return Math.max(nearest, roundTo);
    }

    private static void hideLoneCells(
            DisclosureTable table, Map<String, SuppressionReason> hidden, List<String> order) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (CellSum sum : table.sums()) {
                if (hiddenIn(sum, hidden) == 1) {
                    String complement = complement(List.of(sum), table, hidden, order);
                    if (complement != null) {
                        hidden.put(complement, SuppressionReason.COMPLEMENT);
                        changed = true;
                    }
                }
            }
        }
    }

    /**
     * For the first hidden cell a reader can still compute, the cell to hide with it: the first, in order of
     * preference, whose hiding leaves it open. Cells of the sums it is in come first (as for a lone cell), then the
     * rest of the table's summed cells, smallest first; when no single cell leaves it open, the first of them, and the
     * next round goes on.
     */
    private static String complementForDeterminedCell(
            DisclosureTable table, Map<String, SuppressionReason> hidden, List<String> order) {
        List<String> hiddenInOrder = order.stream().filter(hidden::containsKey).toList();
        for (String id : LinearAudit.determined(hiddenInOrder, table.sums())) {
            List<String> candidates = candidates(id, table, hidden, order);
            for (String candidate : candidates) {
                List<String> withIt = order.stream()
                        .filter(cell -> hidden.containsKey(cell) || cell.equals(candidate))
                        .toList();
                if (!LinearAudit.determined(withIt, table.sums()).contains(id)) {
                    return candidate;
                }
            }
            if (!candidates.isEmpty()) {
                return candidates.get(0);
            }
        }
        return null;
    }

    private static List<String> candidates(
            String id, DisclosureTable table, Map<String, SuppressionReason> hidden, List<String> order) {
        List<CellSum> own = table.sums().stream()
                .filter(sum -> sum.total().equals(id) || sum.parts().contains(id))
                .toList();
        Set<String> candidates = new LinkedHashSet<>();
        String first = complement(own, table, hidden, order);
        if (first != null) {
            candidates.add(first);
        }
        table.sums().stream()
                .flatMap(sum -> Stream.concat(Stream.of(sum.total()), sum.parts().stream()))
                .filter(cell -> !hidden.containsKey(cell))
                .distinct()
                .sorted(smallest(table, order))
                .forEach(candidates::add);
        return List.copyOf(candidates);
    }

    private static long hiddenIn(CellSum sum, Map<String, SuppressionReason> hidden) {
        long parts = sum.parts().stream().filter(hidden::containsKey).count();
        return parts + (hidden.containsKey(sum.total()) ? 1 : 0);
    }

    /** The smallest shown part of these sums (not 0 before 0, then table order); else the smallest shown total. */
    private static String complement(
            List<CellSum> sums, DisclosureTable table, Map<String, SuppressionReason> hidden, List<String> order) {
        Comparator<String> smallest = smallest(table, order);
        String part = sums.stream()
                .flatMap(sum -> sum.parts().stream())
                .filter(id -> !hidden.containsKey(id))
                .min(smallest)
                .orElse(null);
        if (part != null) {
            return part;
        }
        return sums.stream()
                .map(CellSum::total)
                .filter(id -> !hidden.containsKey(id))
                .min(smallest)
                .orElse(null);
    }

    /** Not 0 before 0, then the smaller count, then the order cells were added in. */
    private static Comparator<String> smallest(DisclosureTable table, List<String> order) {
        return Comparator.<String, Boolean>comparing(id -> table.count(id) == 0)
                .thenComparingLong(table::count)
                .thenComparingInt(order::indexOf);
    }
}
