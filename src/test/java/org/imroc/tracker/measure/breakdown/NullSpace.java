package org.imroc.tracker.measure.breakdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second, independent way to find the hidden cells a reader can compute, for checking {@link LinearAudit}: bring
 * the sums over the hidden cells to reduced row echelon form (doubles; the coefficients are small whole numbers); a
 * hidden cell is fixed exactly when it is a pivot column whose row has nothing in any free column, so no solution
 * of the sums can move it.
 */
final class NullSpace {

    private static final double EPS = 1e-9;

    private NullSpace() {}

    static List<String> fixedCells(List<String> hidden, List<CellSum> sums) {
        Map<String, Integer> column = new HashMap<>();
        hidden.forEach(id -> column.put(id, column.size()));
        int n = hidden.size();
        List<double[]> rows = new ArrayList<>();
        for (CellSum sum : sums) {
            double[] row = new double[n];
            if (column.containsKey(sum.total())) {
                row[column.get(sum.total())] += 1;
            }
            for (String part : sum.parts()) {
                if (column.containsKey(part)) {
                    row[column.get(part)] -= 1;
                }
            }
            rows.add(row);
        }
        int[] pivotOfRow = new int[rows.size()];
        boolean[] isPivot = new boolean[n];
        int rank = 0;
        for (int c = 0; c < n && rank < rows.size(); c++) {
            int best = rank;
            for (int r = rank; r < rows.size(); r++) {
                if (Math.abs(rows.get(r)[c]) > Math.abs(rows.get(best)[c])) {
                    best = r;
                }
            }
            if (Math.abs(rows.get(best)[c]) < EPS) {
                continue;
            }
            double[] swap = rows.get(rank);
            rows.set(rank, rows.get(best));
            rows.set(best, swap);
            double[] pivot = rows.get(rank);
            double scale = pivot[c];
            for (int k = 0; k < n; k++) {
                pivot[k] /= scale;
            }
            for (int r = 0; r < rows.size(); r++) {
                double factor = rows.get(r)[c];
                if (r != rank && Math.abs(factor) > EPS) {
                    for (int k = 0; k < n; k++) {
                        rows.get(r)[k] -= factor * pivot[k];
                    }
                }
            }
            pivotOfRow[rank] = c;
            isPivot[c] = true;
            rank++;
        }
        List<String> fixed = new ArrayList<>();
        for (int r = 0; r < rank; r++) {
            boolean touchesAFreeColumn = false;
            for (int k = 0; k < n; k++) {
                touchesAFreeColumn |= !isPivot[k] && Math.abs(rows.get(r)[k]) > EPS;
            }
            if (!touchesAFreeColumn) {
                fixed.add(hidden.get(pivotOfRow[r]));
            }
        }
        return fixed;
    }
}
