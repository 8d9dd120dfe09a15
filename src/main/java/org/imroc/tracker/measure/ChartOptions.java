package org.imroc.tracker.measure;

import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.measure.chart.MeasureChart;

/**
 * How a chart is drawn: its size in pixels and, optionally, the window of periods shown (the analysis always
 * covers the whole series, so the limits do not move when the window does). Sizes come from a short list: any size
 * within the bounds is drawn at the listed size at or below it, so a new number is never a new drawing to compute
 * and keep (docs/decisions/0020).
 */
public record ChartOptions(int width, int height, Period from, Period to) {

    public static final int MIN_WIDTH = 320;
    public static final int MAX_WIDTH = 2400;
    public static final int MIN_HEIGHT = 240;
    public static final int MAX_HEIGHT = 1600;
    /** The widths a chart is drawn at, smallest first (the first is {@link #MIN_WIDTH}). */
    static final int[] WIDTHS = {320, 480, 640, 720, 800, 960, 1200, 1600, 2400};
    /** The heights a chart is drawn at, smallest first (the first is {@link #MIN_HEIGHT}). */
    static final int[] HEIGHTS = {240, 300, 360, 420, 500, 600, 800, 1200, 1600};
    /** The contract's words for {@link #WIDTHS} and {@link #HEIGHTS} (annotations take constants only). */
    public static final String WIDTH_LIST = "320, 480, 640, 720, 800, 960, 1200, 1600, 2400";

    public static final String HEIGHT_LIST = "240, 300, 360, 420, 500, 600, 800, 1200, 1600";

    /** Checks the query parameters against the measure's frequency; out of bounds or malformed → 400. */
    public static ChartOptions of(Integer width, Integer height, String from, String to, Frequency frequency) {
        int w = width == null ? 800 : width;
        int h = height == null ? 420 : height;
        if (w < MIN_WIDTH || w > MAX_WIDTH) {
            throw ApiException.badParameter("width", "must be between " + MIN_WIDTH + " and " + MAX_WIDTH);
        }
        if (h < MIN_HEIGHT || h > MAX_HEIGHT) {
            throw ApiException.badParameter("height", "must be between " + MIN_HEIGHT + " and " + MAX_HEIGHT);
        }
        Period first = period("from", from, frequency);
        Period last = period("to", to, frequency);
        if (first != null && last != null && first.compareTo(last) > 0) {
            throw ApiException.badParameter("to", "must not be before from");
        }
        return new ChartOptions(snap(w, WIDTHS), snap(h, HEIGHTS), first, last);
    }

    /** The largest listed size not above {@code size} (sizes below the first are refused before this). */
    static int snap(int size, int[] listed) {
        int snapped = listed[0];
        for (int candidate : listed) {
            if (candidate <= size) {
                snapped = candidate;
            }
        }
        return snapped;
    }

    /** The drawing's window: this size, showing the periods from … to as the measure's frequency orders them. */
    public MeasureChart.Window window(Frequency frequency) {
        return new MeasureChart.Window(
                width,
                height,
                from == null ? null : from.label(),
                to == null ? null : to.label(),
                period -> shows(period, frequency));
    }

    /** What a chart of the measure says it is of. */
    public static MeasureChart.Subject subject(Measure measure) {
        return new MeasureChart.Subject(
                measure.getName(),
                measure.getUnit(),
                measure.getFrequency().name(),
                measure.getImprovementDirection(),
                measure.getTarget());
    }

    boolean shows(String period, Frequency frequency) {
        Period p = frequency.parse(period).orElseThrow();
        return (from == null || p.compareTo(from) >= 0) && (to == null || p.compareTo(to) <= 0);
    }

    private static Period period(String name, String text, Frequency frequency) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return frequency
                .parse(text.strip())
                .orElseThrow(() -> ApiException.badParameter(
                        name, "must be a " + frequency.name().toLowerCase() + " period: " + frequency.format()));
    }
}
