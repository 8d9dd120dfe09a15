package org.imroc.tracker.measure.breakdown;

import java.util.List;
import java.util.Map;

/**
 * The published counts of a {@link DisclosureTable}, and the rule for everything computed from them: a rate,
 * ratio or interval that uses a suppressed count is suppressed too.
 */
public final class DisclosedTable {

    private final Map<String, DisclosedCount> cells;

    DisclosedTable(Map<String, DisclosedCount> cells) {
        this.cells = Map.copyOf(cells);
    }

    /** The published count of a cell. */
    public DisclosedCount cell(String id) {
        DisclosedCount cell = cells.get(id);
        if (cell == null) {
            throw new IllegalArgumentException("no cell " + id);
        }
        return cell;
    }

    /** Whether anything computed from these cells must be hidden: true when any of them is suppressed. */
    public boolean anySuppressed(List<String> ids) {
        return ids.stream().anyMatch(id -> cell(id).suppressed());
    }

    /**
     * The row as it may be published: hidden when any count it was computed from is suppressed. Name the group's
     * cells and the reference's, since a ratio uses both.
     */
    public GroupDisparity disclose(GroupDisparity row, List<String> computedFrom) {
        return anySuppressed(computedFrom) ? row.suppress() : row;
    }
}
