package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds test series: periods P01, P02, … with the given decimal values, rebasing at the given 1-based points. */
final class Series {

    private Series() {}

    static List<SeriesPoint> of(String... values) {
        return rebasedAt(Set.of(), values);
    }

    static List<SeriesPoint> rebasedAt(Set<Integer> rebasePoints, String... values) {
        List<SeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new SeriesPoint(period(i + 1), new BigDecimal(values[i]), null, rebasePoints.contains(i + 1)));
        }
        return points;
    }

    static String period(int number) {
        return String.format("P%02d", number);
    }

    static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
