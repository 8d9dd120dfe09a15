package org.imroc.tracker.measure.chart;

import java.math.BigDecimal;
import java.util.List;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.common.svg.SvgDocument;
import org.imroc.tracker.common.svg.SvgElement;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.VariationIcon;

/** Making Data Count's summary icon table: one row per measure with its latest figures and the two icons. */
public final class MeasureSummaryChart {

    static final int WIDTH = 1000;
    private static final double ROW = 48;
    private static final double TOP = 78;
    private static final String INK = "#231F20";
    private static final String MUTED = "#6D6E71";
    private static final String RULE = "#D9D9D9";
    private static final double[] COLUMNS = {16, 400, 480, 570, 650, 740, 860, 930};

    /**
     * One measure's row: its name, type and frequency (their names, e.g. OUTCOME, MONTHLY), unit, number of points,
     * latest period and value, target, the mean, limits and icons of its latest group, and the sentence its chart is
     * read aloud with (null for a unit's line, whose measure's row has it).
     */
    public record Row(
            String name,
            String type,
            String unit,
            String frequency,
            int points,
            String latestPeriod,
            BigDecimal latestValue,
            BigDecimal target,
            Double mean,
            Double upl,
            Double lpl,
            Boolean limitsAreTrial,
            VariationIcon variationIcon,
            AssuranceIcon assuranceIcon,
            String reading) {}

    private MeasureSummaryChart() {}

    /**
     * The summary's rows as text for a table beside the drawing, cells in the drawing's column order (measure,
     * latest period, value, target, mean, limits, variation, assurance), "–" for nothing, the icons in words.
     */
    public static List<List<String>> lines(List<Row> rows) {
        return rows.stream()
                .map(row -> List.of(
                        row.name().strip(),
                        orDash(row.latestPeriod()),
                        row.latestValue() == null ? "–" : Decimals.plainText(row.latestValue()),
                        row.target() == null ? "–" : Decimals.plainText(row.target()),
                        row.mean() == null ? "–" : MeasureChart.number(row.mean()),
                        row.upl() == null
                                ? "–"
                                : MeasureChart.number(row.lpl()) + " – " + MeasureChart.number(row.upl())
                                        + (Boolean.TRUE.equals(row.limitsAreTrial()) ? " (trial)" : ""),
                        row.variationIcon() == null ? "–" : MdcIcons.describe(row.variationIcon()),
                        row.assuranceIcon() == null
                                ? (row.target() == null ? "no target" : "–")
                                : MdcIcons.describe(row.assuranceIcon())))
                .toList();
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }

    public static SvgDocument draw(String trustName, List<Row> rows) {
        int height = (int) (TOP + Math.max(1, rows.size()) * ROW + 40);
        StringBuilder description = new StringBuilder(
                "Each measure's latest value with its variation and assurance icons (NHS Making Data Count).");
        rows.stream()
                .map(Row::reading)
                .filter(r -> r != null && !r.isBlank())
                .forEach(r -> description.append(' ').append(r));
        SvgDocument svg = new SvgDocument(WIDTH, height, "Measure summary of " + trustName, description.toString());
        svg.add(SvgElement.text(
                16, 26, SvgElement.fit("Measures · " + trustName, WIDTH - 32, 16), 16, "start", INK, true, 0));
        svg.add(SvgElement.text(
                16,
                44,
                "Latest value, mean and process limits of each measure's latest group; "
                        + "variation and assurance as Making Data Count reads them",
                11,
                "start",
                MUTED,
                false,
                0));
        String[] headings = {"Measure", "Latest", "Value", "Target", "Mean", "Limits", "Variation", "Assurance"};
        for (int i = 0; i < headings.length; i++) {
            svg.add(SvgElement.text(
                    COLUMNS[i] + (i >= 6 ? 20 : 0),
                    TOP - 10,
                    headings[i],
                    11,
                    i >= 6 ? "middle" : "start",
                    INK,
                    true,
                    0));
        }
        svg.add(SvgElement.line(16, TOP - 4, WIDTH - 16, TOP - 4, INK, 1, null));
        if (rows.isEmpty()) {
            svg.add(SvgElement.text(16, TOP + 28, "No measures yet.", 12, "start", MUTED, false, 0));
        }
        double y = TOP;
        for (Row row : rows) {
            double mid = y + ROW / 2;
            svg.add(SvgElement.text(
                    COLUMNS[0], mid - 2, SvgElement.fit(row.name(), COLUMNS[1] - 30, 12), 12, "start", INK, true, 0));
            svg.add(SvgElement.text(
                    COLUMNS[0],
                    mid + 13,
                    SvgElement.fit(
                            row.type().toLowerCase() + " · " + row.unit() + " · "
                                    + row.frequency().toLowerCase() + " · " + row.points() + " points",
                            COLUMNS[1] - 30,
                            10),
                    10,
                    "start",
                    MUTED,
                    false,
                    0));
            cell(svg, 1, mid, row.latestPeriod());
            cell(svg, 2, mid, row.latestValue() == null ? null : Decimals.plainText(row.latestValue()));
            cell(svg, 3, mid, row.target() == null ? null : Decimals.plainText(row.target()));
            cell(svg, 4, mid, row.mean() == null ? null : MeasureChart.number(row.mean()));
            cell(
                    svg,
                    5,
                    mid,
                    row.upl() == null ? null : MeasureChart.number(row.lpl()) + " – " + MeasureChart.number(row.upl()));
            if (Boolean.TRUE.equals(row.limitsAreTrial()) && row.upl() != null) {
                svg.add(SvgElement.text(COLUMNS[5], mid + 13, "trial limits", 9, "start", MUTED, false, 0));
            }
            if (row.variationIcon() != null) {
                svg.addAll(MdcIcons.variation(row.variationIcon(), COLUMNS[6] + 20, mid));
            } else {
                svg.add(SvgElement.text(COLUMNS[6] + 20, mid + 4, "–", 12, "middle", MUTED, false, 0));
            }
            if (row.assuranceIcon() != null) {
                svg.addAll(MdcIcons.assurance(row.assuranceIcon(), COLUMNS[7] + 20, mid));
            } else {
                svg.add(SvgElement.text(
                        COLUMNS[7] + 20,
                        mid + 4,
                        row.target() == null ? "no target" : "–",
                        10,
                        "middle",
                        MUTED,
                        false,
                        0));
            }
            svg.add(SvgElement.line(16, y + ROW, WIDTH - 16, y + ROW, RULE, 1, null));
            y += ROW;
        }
        svg.add(SvgElement.text(
                16,
                height - 14,
                "Variation: grey common cause, blue improvement, orange concern, "
                        + "purple neither (H/L: high or low). Assurance: P passes, F fails, ? hits and misses the target.",
                10,
                "start",
                MUTED,
                false,
                0));
        return svg;
    }

    private static void cell(SvgDocument svg, int column, double mid, String text) {
        svg.add(SvgElement.text(
                COLUMNS[column],
                mid + 4,
                text == null ? "–" : text,
                11,
                "start",
                text == null ? MUTED : INK,
                false,
                0));
    }
}
