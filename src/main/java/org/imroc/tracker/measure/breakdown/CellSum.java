package org.imroc.tracker.measure.breakdown;

import java.util.List;
import java.util.Objects;

/**
 * Cells that add up, as a reader of the published figures knows they do: the total cell equals the sum of the part
 * cells (a figure and its parts by one breakdown; a Trust and its units; a Trust's group and the units' same group).
 */
public record CellSum(String total, List<String> parts) {

    public CellSum {
        Objects.requireNonNull(total, "total");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(total + " adds up from no parts");
        }
    }
}
