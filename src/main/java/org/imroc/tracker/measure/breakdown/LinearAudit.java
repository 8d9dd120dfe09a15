package org.imroc.tracker.measure.breakdown;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which hidden cells a reader could still work out exactly from the published ones, by combining any of the sums
 * (adding and subtracting whole equations, across breakdowns and units): a hidden cell is determined when its unit
 * vector lies in the row space of the sums restricted to the hidden cells. Exact integer elimination (fraction-free,
 * BigInteger), so no rounding can hide or invent a disclosure. It does not use that counts are never negative, so
 * bounds a reader could infer (a hidden cell between 0 and 2) are outside what it checks.
 */
final class LinearAudit {

    private LinearAudit() {}

    /** The hidden cells a reader can compute, in the hidden list's order. */
    static Set<String> determined(List<String> hidden, List<CellSum> sums) {
        Map<String, Integer> column = new HashMap<>();
        for (String id : hidden) {
            column.put(id, column.size());
        }
        List<BigInteger[]> echelon = new ArrayList<>();
        for (CellSum sum : sums) {
            BigInteger[] row = zeros(hidden.size());
            add(row, column, sum.total(), 1);
            for (String part : sum.parts()) {
                add(row, column, part, -1);
            }
            insert(echelon, reduce(echelon, row));
        }
        Set<String> determined = new LinkedHashSet<>();
        for (String id : hidden) {
            BigInteger[] unit = zeros(hidden.size());
            unit[column.get(id)] = BigInteger.ONE;
            if (pivot(reduce(echelon, unit)) < 0) {
                determined.add(id);
            }
        }
        return determined;
    }

    private static void add(BigInteger[] row, Map<String, Integer> column, String id, int sign) {
        Integer index = column.get(id);
        if (index != null) {
            row[index] = row[index].add(BigInteger.valueOf(sign));
        }
    }

    /** Rows sorted by pivot column; each row is zero before its pivot, so one pass in order clears every pivot. */
    private static BigInteger[] reduce(List<BigInteger[]> echelon, BigInteger[] vector) {
        BigInteger[] v = vector.clone();
        for (BigInteger[] row : echelon) {
            int p = pivot(row);
            if (v[p].signum() != 0) {
                BigInteger factor = v[p];
                for (int i = 0; i < v.length; i++) {
                    v[i] = v[i].multiply(row[p]).subtract(row[i].multiply(factor));
                }
                normalise(v);
            }
        }
        return v;
    }

    private static void insert(List<BigInteger[]> echelon, BigInteger[] row) {
        int p = pivot(row);
        if (p < 0) {
            return;
        }
        int at = 0;
        while (at < echelon.size() && pivot(echelon.get(at)) < p) {
            at++;
        }
        echelon.add(at, row);
    }

    private static int pivot(BigInteger[] row) {
        for (int i = 0; i < row.length; i++) {
            if (row[i].signum() != 0) {
                return i;
            }
        }
        return -1;
    }

    private static void normalise(BigInteger[] v) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger x : v) {
            gcd = gcd.gcd(x);
        }
        if (gcd.compareTo(BigInteger.ONE) > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i].divide(gcd);
            }
        }
    }

    private static BigInteger[] zeros(int size) {
        BigInteger[] row = new BigInteger[size];
        Arrays.fill(row, BigInteger.ZERO);
        return row;
    }
}
