package org.imroc.tracker.measure.chart;

import java.util.ArrayList;
import java.util.List;
import org.imroc.tracker.common.svg.SvgElement;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.PointType;
import org.imroc.tracker.measure.spc.VariationIcon;

/**
 * Making Data Count's icons, drawn as shapes (not copied artwork): a variation icon (a ring in the colour of the
 * last point's type, with a small run of points and H or L for a special cause high or low) and an assurance
 * icon (a ring with P, F or ? over a dashed target line). Colours are MDC's; rings, lines and letters take the
 * darker outline of the same hue ({@link PointMarks#outline}) so they stand at least 3:1 against white.
 */
public final class MdcIcons {

    public static final String IMPROVEMENT = "#00B0F0";
    public static final String CONCERN = "#E46C0A";
    public static final String NEUTRAL = "#490092";
    public static final String COMMON = "#A6A6A6";
    static final double RADIUS = 18;

    private MdcIcons() {}

    static String colour(PointType type) {
        if (type == null) {
            return COMMON;
        }
        return switch (type) {
            case COMMON_CAUSE -> COMMON;
            case SPECIAL_CAUSE_IMPROVEMENT -> IMPROVEMENT;
            case SPECIAL_CAUSE_CONCERN -> CONCERN;
            case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL;
        };
    }

    static String colour(VariationIcon icon) {
        return switch (icon) {
            case COMMON_CAUSE -> COMMON;
            case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> IMPROVEMENT;
            case CONCERN_HIGH, CONCERN_LOW -> CONCERN;
            case NEUTRAL_HIGH, NEUTRAL_LOW -> NEUTRAL;
        };
    }

    /** What the icon says, for captions and the summary table's text. */
    static String describe(VariationIcon icon) {
        return switch (icon) {
            case COMMON_CAUSE -> "Common cause variation";
            case IMPROVEMENT_HIGH -> "Special cause improvement (high)";
            case IMPROVEMENT_LOW -> "Special cause improvement (low)";
            case CONCERN_HIGH -> "Special cause concern (high)";
            case CONCERN_LOW -> "Special cause concern (low)";
            case NEUTRAL_HIGH -> "Special cause variation (high)";
            case NEUTRAL_LOW -> "Special cause variation (low)";
        };
    }

    static String describe(AssuranceIcon icon) {
        return switch (icon) {
            case PASS -> "Consistently passing the target";
            case FAIL -> "Consistently failing the target";
            case INCONSISTENT -> "Inconsistent: hits and misses the target";
        };
    }

    static List<SvgElement> variation(VariationIcon icon, double cx, double cy) {
        List<SvgElement> shapes = new ArrayList<>();
        String colour = colour(icon);
        String ink = PointMarks.outline(colour);
        shapes.add(SvgElement.circle(cx, cy, RADIUS, "#FFFFFF", ink, 2.5, describe(icon)));
        boolean high = icon.name().endsWith("HIGH");
        boolean special = icon != VariationIcon.COMMON_CAUSE;
        List<double[]> run = new ArrayList<>();
        double[] offsets = {1.5, -1.5, 1.5, -1.5, 1.5};
        for (int i = 0; i < 5; i++) {
            double dy = special && i >= 3 ? (high ? -5.5 : 7.5) : offsets[i];
            run.add(new double[] {cx - 10 + i * 5, cy + 4 + dy});
        }
        shapes.add(SvgElement.polyline(run, PointMarks.COMMON_OUTLINE, 1));
        for (int i = 0; i < run.size(); i++) {
            shapes.add(SvgElement.circle(
                    run.get(i)[0], run.get(i)[1], 1.8, special && i >= 3 ? colour : COMMON, null, 0, null));
        }
        if (special) {
            shapes.add(SvgElement.text(cx, cy - 5, high ? "H" : "L", 9, "middle", ink, true, 0));
        }
        return shapes;
    }

    static List<SvgElement> assurance(AssuranceIcon icon, double cx, double cy) {
        String colour = switch (icon) {
            case PASS -> IMPROVEMENT;
            case FAIL -> CONCERN;
            case INCONSISTENT -> COMMON;
        };
        String letter = switch (icon) {
            case PASS -> "P";
            case FAIL -> "F";
            case INCONSISTENT -> "?";
        };
        String ink = PointMarks.outline(colour);
        return List.of(
                SvgElement.circle(cx, cy, RADIUS, "#FFFFFF", ink, 2.5, describe(icon)),
                SvgElement.line(cx - 10, cy + 8, cx + 10, cy + 8, ink, 1.5, "3 2"),
                SvgElement.text(cx, cy + 5, letter, 15, "middle", ink, true, 0));
    }
}
