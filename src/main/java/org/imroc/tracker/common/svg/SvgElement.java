package org.imroc.tracker.common.svg;

import java.util.List;
import java.util.Locale;

/**
 * One drawn element of an SVG document: a rectangle, line, polyline, circle, polygon or text, with its presentation
 * attributes (no CSS, so a strict Content-Security-Policy never blocks it). Coordinates are written with one
 * decimal; text is escaped by the template that writes it. Build with the static factories.
 */
public record SvgElement(
        Kind kind,
        String x,
        String y,
        String x2,
        String y2,
        String size,
        String points,
        String fill,
        String stroke,
        String strokeWidth,
        String dash,
        String anchor,
        String weight,
        String transform,
        String text,
        String tooltip) {

    public enum Kind {
        RECT,
        LINE,
        POLYLINE,
        CIRCLE,
        POLYGON,
        TEXT
    }

    public static SvgElement rect(double x, double y, double width, double height, String fill, String stroke) {
        return new SvgElement(
                Kind.RECT,
                n(x),
                n(y),
                n(width),
                n(height),
                null,
                null,
                fill,
                stroke,
                stroke == null ? null : "1",
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public static SvgElement line(
            double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        return new SvgElement(
                Kind.LINE, n(x1), n(y1), n(x2), n(y2), null, null, null, stroke, n(width), dash, null, null, null, null,
                null);
    }

    public static SvgElement polyline(List<double[]> xy, String stroke, double width) {
        return polyline(xy, stroke, width, null);
    }

    /** A polyline dashed as {@code dash} ("6 4"), or solid for null. */
    public static SvgElement polyline(List<double[]> xy, String stroke, double width, String dash) {
        return new SvgElement(
                Kind.POLYLINE,
                null,
                null,
                null,
                null,
                null,
                points(xy),
                "none",
                stroke,
                n(width),
                dash,
                null,
                null,
                null,
                null,
                null);
    }

    public static SvgElement circle(
            double cx, double cy, double r, String fill, String stroke, double strokeWidth, String tooltip) {
        return new SvgElement(
                Kind.CIRCLE,
                n(cx),
                n(cy),
                null,
                null,
                n(r),
                null,
                fill,
                stroke,
                stroke == null ? null : n(strokeWidth),
                null,
                null,
                null,
                null,
                null,
                tooltip);
    }

    /** A closed shape through {@code xy} (a point's triangle or diamond), with a tooltip like a circle's. */
    public static SvgElement polygon(
            List<double[]> xy, String fill, String stroke, double strokeWidth, String tooltip) {
        return new SvgElement(
                Kind.POLYGON,
                null,
                null,
                null,
                null,
                null,
                points(xy),
                fill,
                stroke,
                stroke == null ? null : n(strokeWidth),
                null,
                null,
                null,
                null,
                null,
                tooltip);
    }

    /** Text at (x, y); {@code anchor} start, middle or end; {@code rotate} in degrees about (x, y), 0 for none. */
    public static SvgElement text(
            double x, double y, String text, double size, String anchor, String fill, boolean bold, double rotate) {
        return new SvgElement(
                Kind.TEXT,
                n(x),
                n(y),
                null,
                null,
                n(size),
                null,
                fill,
                null,
                null,
                null,
                anchor,
                bold ? "bold" : null,
                rotate == 0 ? null : "rotate(" + n(rotate) + " " + n(x) + " " + n(y) + ")",
                text,
                null);
    }

    public boolean isRect() {
        return kind == Kind.RECT;
    }

    public boolean isLine() {
        return kind == Kind.LINE;
    }

    public boolean isPolyline() {
        return kind == Kind.POLYLINE;
    }

    public boolean isCircle() {
        return kind == Kind.CIRCLE;
    }

    public boolean isPolygon() {
        return kind == Kind.POLYGON;
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    /** The text cut with an ellipsis to fit about {@code pixels} at font {@code size} (average glyph ≈ 0.55 em). */
    public static String fit(String text, double pixels, double size) {
        int max = Math.max(4, (int) (pixels / (size * 0.55)));
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, cut) + "…";
    }

    private static String points(List<double[]> xy) {
        StringBuilder points = new StringBuilder();
        for (double[] p : xy) {
            points.append(points.isEmpty() ? "" : " ")
                    .append(n(p[0]))
                    .append(',')
                    .append(n(p[1]));
        }
        return points.toString();
    }

    /** A coordinate or size as SVG takes it: one decimal, a point, no exponent. */
    static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
