package org.imroc.tracker.measure.groups;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A disparities answer as the Trust report's lines: the groups with figures (a group with neither events nor a
 * denominator was not recorded and is left out), numbers rounded for reading, {@code *} where a figure is hidden.
 */
final class ReportLines {

    private ReportLines() {}

    static DisparitiesService.TrustRatios of(DisparitiesResponse r) {
        List<DisparitiesService.RatioLine> lines = new ArrayList<>();
        for (DisparitiesResponse.Group g : r.groups()) {
            if (!g.suppressed() && zero(g.events()) && zero(g.denominator())) {
                continue;
            }
            lines.add(new DisparitiesService.RatioLine(
                    g.label(),
                    count(g.events(), g.suppressed()),
                    count(g.denominator(), g.suppressed()),
                    g.rate() == null ? (g.suppressed() ? "*" : "") : String.format(Locale.ROOT, "%.2f", g.rate()),
                    g.rateRatio() == null
                            ? (g.suppressed() && g.reason() == null ? "*" : "")
                            : String.format(Locale.ROOT, "%.2f", g.rateRatio()),
                    g.lower() == null ? "" : String.format(Locale.ROOT, "%.2f to %.2f", g.lower(), g.upper()),
                    reading(g)));
        }
        String window = r.from() == null
                ? "No figures yet"
                : r.from() + " to " + r.to() + ", against " + r.referenceLabel() + " (" + r.unit() + ")";
        return new DisparitiesService.TrustRatios(r.measureName(), window, r.note(), lines);
    }

    private static boolean zero(BigDecimal value) {
        return value == null || value.signum() == 0;
    }

    private static String count(BigDecimal value, boolean suppressed) {
        return value == null
                ? (suppressed ? "*" : "")
                : value.stripTrailingZeros().toPlainString();
    }

    private static String reading(DisparitiesResponse.Group g) {
        if (g.side() != null) {
            return switch (g.side()) {
                case "WHOLLY_ABOVE_ONE" -> "higher: interval wholly above 1";
                case "WHOLLY_BELOW_ONE" -> "lower: interval wholly below 1";
                default -> "no clear difference: interval includes 1";
            };
        }
        if (g.reason() != null) {
            return g.reason().equals("REFERENCE")
                    ? "reference"
                    : "no ratio: " + DisparitiesService.reasonText(g.reason());
        }
        return g.suppressed() ? "not shown: a count behind it is small" : "";
    }
}
