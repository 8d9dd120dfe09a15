package org.imroc.tracker.measure.breakdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts about to be published, each under an id the caller chooses (say {@code "W1/BLACK"}), and the sums a
 * reader knows hold between them. The order cells are added in breaks ties when a complement is chosen.
 */
public final class DisclosureTable {

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<CellSum> sums = new ArrayList<>();

    /** Adds a count (a whole number of events, people or days; never negative). */
    public DisclosureTable cell(String id, long count) {
        if (count < 0) {
            throw new IllegalArgumentException(id + " is a count, not negative");
        }
        if (counts.putIfAbsent(id, count) != null) {
            throw new IllegalArgumentException(id + " is given twice");
        }
        return this;
    }

    /** States that {@code total} is the sum of {@code parts}; every cell must have been added and must add up. */
    public DisclosureTable sum(String total, List<String> parts) {
        CellSum sum = new CellSum(total, parts);
        long added = 0;
        for (String part : sum.parts()) {
            added += count(part);
        }
        if (added != count(total)) {
            throw new IllegalArgumentException(total + " is " + count(total) + " but its parts add up to " + added);
        }
        sums.add(sum);
        return this;
    }

    long count(String id) {
        Long count = counts.get(id);
        if (count == null) {
            throw new IllegalArgumentException("no cell " + id);
        }
        return count;
    }

    /** Cell ids in the order they were added. */
    List<String> ids() {
        return List.copyOf(counts.keySet());
    }

    Map<String, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    List<CellSum> sums() {
        return List.copyOf(sums);
    }
}
