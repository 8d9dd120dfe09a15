package org.imroc.tracker.common.svg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear scale from data values to pixels, widened to "nice" round ticks (1, 2 or 5 × 10ⁿ) so an axis reads
 * 0, 5, 10, 15 rather than 3.7, 7.4, 11.1.
 */
public record Scale(double min, double max, double from, double to, double step) {

    /** A scale covering {@code low}..{@code high} drawn from pixel {@code from} to {@code to}, with about {@code ticks} ticks. */
    public static Scale of(double low, double high, double from, double to, int ticks) {
        if (!(high > low)) {
            double pad = Math.abs(low) > 0 ? Math.abs(low) * 0.1 : 1;
            low -= pad;
            high += pad;
        }
        double step = niceStep((high - low) / Math.max(1, ticks));
        double min = Math.floor(low / step) * step;
        double max = Math.ceil(high / step) * step;
        return new Scale(min, max, from, to, step);
    }

    public double at(double value) {
        return from + (value - min) / (max - min) * (to - from);
    }

    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; min + i * step <= max + step / 1e6 && i <= 100; i++) {
            ticks.add(min + i * step);
        }
        return ticks;
    }

    /** A tick value as it should read: as many decimals as the step needs, no exponent. */
    public String label(double value) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return BigDecimal.valueOf(value)
                .setScale(decimals, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
