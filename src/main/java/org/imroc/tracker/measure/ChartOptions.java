package org.imroc.tracker.measure;

import org.imroc.tracker.common.error.ApiException;

/**
 * How a chart is drawn: its size in pixels and, optionally, the window of periods shown (the analysis always
 * covers the whole series, so the limits do not move when the window does).
 */
record ChartOptions(int width, int height, Period from, Period to) {

    static final int MIN_WIDTH = 320;
    static final int MAX_WIDTH = 2400;
    static final int MIN_HEIGHT = 240;
    static final int MAX_HEIGHT = 1600;

    /** Checks the query parameters against the measure's frequency; out of bounds or malformed → 400. */
    static ChartOptions of(Integer width, Integer height, String from, String to, Frequency frequency) {
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
        return new ChartOptions(w, h, first, last);
    }

    boolean shows(String period, Frequency frequency) {
        Period p = frequency.parse(period).orElseThrow();
        return (from == null || p.compareTo(from) >= 0) && (to == null || p.compareTo(to) <= 0);
    }

    private static Period period(String name, String text, Frequency frequency) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return frequency.parse(text.strip()).orElseThrow(() -> ApiException.badParameter(name,
                "must be a " + frequency.name().toLowerCase() + " period: " + frequency.format()));
    }
}
