package org.imroc.tracker.measure.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imroc.tracker.common.svg.SvgElement;
import org.imroc.tracker.measure.spc.PointType;

/**
 * How a chart's points are marked so that colour is never the only cue (WCAG 2.2, 1.4.1 and 1.4.11): each keeps
 * Making Data Count's fill and gets a darker outline of its own hue that stands at least 3:1 against white (MDC's
 * blue and grey alone are 2.48:1 and 2.43:1), and a shape by type: an improvement or a neutral special cause a
 * triangle pointing the way the point moved (above the mean up, below down), a concern a diamond, common cause a
 * circle. A point left out of the limits is hollow: white inside, its outline in that colour.
 */
public final class PointMarks {

    /** A point's shape. */
    enum Shape {
        CIRCLE,
        UP,
        DOWN,
        DIAMOND
    }

    /** What one kind of point in the shape legend is: its shape, fill and words. */
    record Key(Shape shape, String fill, boolean hollow, String words) {}

    public static final String IMPROVEMENT_OUTLINE = "#0072A0";
    public static final String CONCERN_OUTLINE = "#A34D07";
    public static final String NEUTRAL_OUTLINE = MdcIcons.NEUTRAL;
    public static final String COMMON_OUTLINE = "#6B6B6B";

    static final Key IMPROVEMENT = new Key(Shape.UP, MdcIcons.IMPROVEMENT, false, "improvement");
    static final Key CONCERN = new Key(Shape.DIAMOND, MdcIcons.CONCERN, false, "concern");
    static final Key NEUTRAL = new Key(Shape.UP, MdcIcons.NEUTRAL, false, "special cause high or low");
    static final Key COMMON = new Key(Shape.CIRCLE, MdcIcons.COMMON, false, "common cause");
    static final Key LEFT_OUT = new Key(Shape.CIRCLE, MdcIcons.COMMON, true, "left out of the limits");

    private PointMarks() {}

    /** The outline drawn round a point of MDC fill {@code fill}: a darker shade of the same hue. */
    static String outline(String fill) {
        return switch (fill) {
            case MdcIcons.IMPROVEMENT -> IMPROVEMENT_OUTLINE;
            case MdcIcons.CONCERN -> CONCERN_OUTLINE;
            case MdcIcons.COMMON -> COMMON_OUTLINE;
            default -> fill;
        };
    }

    /** The shape of a point of {@code type} lying {@code relativeToMean} (-1, 0 or 1) of its centre line. */
    static Shape shape(PointType type, int relativeToMean) {
        if (type == null) {
            return Shape.CIRCLE;
        }
        return switch (type) {
            case COMMON_CAUSE -> Shape.CIRCLE;
            case SPECIAL_CAUSE_CONCERN -> Shape.DIAMOND;
            case SPECIAL_CAUSE_IMPROVEMENT -> relativeToMean < 0 ? Shape.DOWN : Shape.UP;
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> Shape.UP;
            case SPECIAL_CAUSE_NEUTRAL_LOW -> Shape.DOWN;
        };
    }

    /** The legend entry of a point of {@code type}. */
    static Key key(PointType type) {
        if (type == null) {
            return COMMON;
        }
        return switch (type) {
            case COMMON_CAUSE -> COMMON;
            case SPECIAL_CAUSE_CONCERN -> CONCERN;
            case SPECIAL_CAUSE_IMPROVEMENT -> IMPROVEMENT;
            case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL;
        };
    }

    /**
     * A point at (cx, cy) about {@code r} across its middle: filled with {@code fill} and outlined darker, or hollow.
     * A triangle's centroid is (cx, cy), so the point's value is where its shape's weight is.
     */
    static SvgElement mark(Shape shape, double cx, double cy, double r, String fill, boolean hollow, String tooltip) {
        String stroke = outline(fill);
        String inside = hollow ? "#FFFFFF" : fill;
        double width = hollow ? 2 : 1.2;
        return switch (shape) {
            case CIRCLE -> SvgElement.circle(cx, cy, r, inside, stroke, width, tooltip);
            case UP -> SvgElement.polygon(triangle(cx, cy, r * 1.25, -1), inside, stroke, width, tooltip);
            case DOWN -> SvgElement.polygon(triangle(cx, cy, r * 1.25, 1), inside, stroke, width, tooltip);
            case DIAMOND ->
                SvgElement.polygon(
                        List.of(
                                new double[] {cx, cy - r * 1.3},
                                new double[] {cx + r * 1.3, cy},
                                new double[] {cx, cy + r * 1.3},
                                new double[] {cx - r * 1.3, cy}),
                        inside,
                        stroke,
                        width,
                        tooltip);
        };
    }

    /** A triangle with its tip {@code towards} -1 (up) or 1 (down) and its centroid at (cx, cy). */
    private static List<double[]> triangle(double cx, double cy, double r, int towards) {
        return List.of(
                new double[] {cx, cy + towards * r},
                new double[] {cx - r * 0.87, cy - towards * r / 2},
                new double[] {cx + r * 0.87, cy - towards * r / 2});
    }

    /**
     * The shape legend from (x, y) for the kinds of point present, in a fixed order whatever the set's: each kind's
     * mark and words, on one line.
     */
    static List<SvgElement> legend(Set<Key> present, double x, double y, String ink) {
        List<SvgElement> drawn = new ArrayList<>();
        double at = x;
        for (Key key : ordered(present)) {
            boolean pair = key.shape() == Shape.UP;
            drawn.add(mark(key.shape(), at + 4, y - 3.5, 3.5, key.fill(), key.hollow(), null));
            if (pair) {
                drawn.add(mark(Shape.DOWN, at + 13, y - 3.5, 3.5, key.fill(), key.hollow(), null));
            }
            double textAt = at + (pair ? 21 : 12);
            drawn.add(SvgElement.text(textAt, y, key.words(), 10, "start", ink, false, 0));
            at = textAt + key.words().length() * 5.6 + 12;
        }
        return drawn;
    }

    /** The legend as text: "▲▼ improvement · ◆ concern · ● common cause · ○ left out of the limits". */
    static String legendText(Set<Key> present) {
        List<String> parts = new ArrayList<>();
        for (Key key : ordered(present)) {
            String symbol = switch (key.shape()) {
                case UP, DOWN -> "▲▼";
                case DIAMOND -> "◆";
                case CIRCLE -> key.hollow() ? "○" : "●";
            };
            parts.add(symbol + " " + key.words());
        }
        return String.join(" · ", parts);
    }

    private static List<Key> ordered(Set<Key> present) {
        Set<Key> order = new LinkedHashSet<>(List.of(IMPROVEMENT, CONCERN, NEUTRAL, COMMON, LEFT_OUT));
        order.retainAll(present);
        List<Key> rest = present.stream()
                .filter(k -> !order.contains(k))
                .sorted(Comparator.comparing(Key::hollow)
                        .thenComparing(k -> k.shape() == Shape.CIRCLE)
                        .thenComparing(Key::words))
                .toList();
        List<Key> all = new ArrayList<>(order);
        all.addAll(rest);
        return all;
    }

    /** WCAG's contrast ratio of colour {@code hex} (#RRGGBB) against white: (1.05) ÷ (L + 0.05). */
    static double contrastOnWhite(String hex) {
        return 1.05 / (luminance(hex) + 0.05);
    }

    /** WCAG 2.2's relative luminance of an sRGB colour #RRGGBB. */
    static double luminance(String hex) {
        String h = hex.toUpperCase(Locale.ROOT).substring(1);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
