package org.imroc.tracker.measure.breakdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A reader of published figures who knows which cells add up and tries to work out hidden ones by subtraction. */
public final class SubtractionReader {

    private SubtractionReader() {}

    /**
     * Every subtraction on one sum: the total less any subset of its shown parts, revealing a cell when exactly one
     * part is left and it is hidden; and the shown parts added up, revealing a hidden total. Returns the cells
     * revealed, each checked against the true counts so a reveal is a real one.
     */
    static Set<String> oneSumAtATime(DisclosedTable published, List<CellSum> sums, Map<String, Long> truth) {
        Set<String> revealed = new LinkedHashSet<>();
        for (CellSum sum : sums) {
            List<String> parts = sum.parts();
            if (published.cell(sum.total()).suppressed()) {
                if (parts.stream().noneMatch(id -> published.cell(id).suppressed())) {
                    revealed.add(sum.total());
                }
                continue;
            }
            for (int subset = 0; subset < (1 << parts.size()); subset++) {
                long remainder = truth.get(sum.total());
                List<String> left = new ArrayList<>();
                boolean usesOnlyShown = true;
                for (int i = 0; i < parts.size(); i++) {
                    String part = parts.get(i);
                    if ((subset & (1 << i)) != 0) {
                        usesOnlyShown &= !published.cell(part).suppressed();
                        remainder -= truth.get(part);
                    } else {
                        left.add(part);
                    }
                }
                if (usesOnlyShown
                        && left.size() == 1
                        && published.cell(left.get(0)).suppressed()) {
                    if (remainder != truth.get(left.get(0))) {
                        throw new AssertionError("the reader's arithmetic is wrong for " + left.get(0));
                    }
                    revealed.add(left.get(0));
                }
            }
        }
        return revealed;
    }

    /**
     * Subtractions chained across sums: whenever a sum has exactly one cell the reader does not know, the reader
     * works it out and uses it in the other sums, until nothing more can be worked out. Returns the hidden cells
     * worked out.
     */
    static Set<String> chained(DisclosedTable published, List<CellSum> sums, List<String> ids) {
        Set<String> known = new LinkedHashSet<>();
        for (String id : ids) {
            if (!published.cell(id).suppressed()) {
                known.add(id);
            }
        }
        Set<String> revealed = new LinkedHashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (CellSum sum : sums) {
                List<String> unknown = new ArrayList<>();
                if (!known.contains(sum.total())) {
                    unknown.add(sum.total());
                }
                sum.parts().stream().filter(id -> !known.contains(id)).forEach(unknown::add);
                if (unknown.size() == 1) {
                    known.add(unknown.get(0));
                    revealed.add(unknown.get(0));
                    progress = true;
                }
            }
        }
        return revealed;
    }

    /**
     * Every subtraction a reader could make on figures published elsewhere (an HTTP response): one sum at a time and
     * chained across sums. {@code published} maps each cell to its shown count, or to null when it is hidden;
     * {@code truth} holds the true counts, so a reveal is checked. Returns the hidden cells worked out.
     */
    public static Set<String> revealed(Map<String, Long> published, List<CellSum> sums, Map<String, Long> truth) {
        Map<String, DisclosedCount> cells = new LinkedHashMap<>();
        published.forEach((id, value) -> cells.put(
                id,
                value == null
                        ? new DisclosedCount(id, null, true, SuppressionReason.SMALL_COUNT)
                        : new DisclosedCount(id, value, false, null)));
        DisclosedTable table = new DisclosedTable(cells);
        Set<String> revealed = new LinkedHashSet<>(oneSumAtATime(table, sums, truth));
        revealed.addAll(chained(table, sums, List.copyOf(published.keySet())));
        return revealed;
    }
}
