package org.imroc.tracker.measure.spc;

import java.util.ArrayList;
import java.util.List;

/** Finds the shifts and trends of a run chart, marking the points that belong to each. */
final class RunChartSignals {

    private RunChartSignals() {}

    /**
     * Maximal runs of useful points (indices in {@code useful}) on one side of the median of at least
     * {@code length}; marks their counted points.
     */
    static List<RunChartShift> shifts(
            List<SeriesPoint> points, List<MedianSide> sides, List<Integer> useful, int length, boolean[] marks) {
        List<RunChartShift> shifts = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= useful.size(); k++) {
            boolean ends = k == useful.size() || sides.get(useful.get(k)) != sides.get(useful.get(start));
            if (!ends) {
                continue;
            }
            if (k - start >= length) {
                for (int j = start; j < k; j++) {
                    marks[useful.get(j)] = true;
                }
                shifts.add(new RunChartShift(
                        points.get(useful.get(start)).period(),
                        points.get(useful.get(k - 1)).period(),
                        k - start,
                        sides.get(useful.get(start))));
            }
            start = k;
        }
        return shifts;
    }

    /**
     * Maximal monotone runs of at least {@code length} counted points, where a value equal to the one just before it
     * is not counted (it neither adds to nor breaks the run). A turning point ends one trend and may start the next.
     * Marks every point from a trend's first to its last counted point.
     */
    static List<RunChartTrend> trends(List<SeriesPoint> points, int length, boolean[] marks) {
        List<Integer> counted = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (i == 0 || points.get(i).value().compareTo(points.get(i - 1).value()) != 0) {
                counted.add(i);
            }
        }
        List<RunChartTrend> trends = new ArrayList<>();
        int start = 0;
        for (int k = 1; k < counted.size(); k++) {
            int step = step(points, counted, k);
            boolean ends = k + 1 == counted.size() || step(points, counted, k + 1) != step;
            if (!ends) {
                continue;
            }
            if (k - start + 1 >= length) {
                int first = counted.get(start);
                int last = counted.get(k);
                for (int i = first; i <= last; i++) {
                    marks[i] = true;
                }
                trends.add(new RunChartTrend(
                        points.get(first).period(),
                        points.get(last).period(),
                        k - start + 1,
                        step > 0 ? TrendDirection.UP : TrendDirection.DOWN));
            }
            start = k;
        }
        return trends;
    }

    private static int step(List<SeriesPoint> points, List<Integer> counted, int k) {
        return points.get(counted.get(k))
                .value()
                .compareTo(points.get(counted.get(k - 1)).value());
    }
}
