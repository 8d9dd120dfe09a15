package org.imroc.tracker.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.measure.chart.MeasureSummaryChart;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.ImprovementDirection;
import org.imroc.tracker.measure.spc.Interpretation;
import org.imroc.tracker.measure.spc.VariationIcon;
import org.imroc.tracker.measure.spc.XmrResult;
import org.imroc.tracker.measure.units.UnitLines;

/** One measure in Making Data Count's summary icon table. */
public record MeasureSummaryRow(
        UUID measureId,
        @Schema(maxLength = 200) String name,
        MeasureType type,
        @Schema(maxLength = 50) String unit,
        ImprovementDirection improvementDirection,
        Frequency frequency,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int points,

        @Schema(maxLength = 8) String latestPeriod,
        BigDecimal latestValue,
        BigDecimal target,
        VariationIcon variationIcon,
        AssuranceIcon assuranceIcon,

        @Schema(
                description = "The icons in words, as under the measure's SPC chart (Making Data Count's manner)",
                maxLength = 2000)
        String interpretation,

        @Schema(description = "Mean of the latest rebase group")
        Double mean,

        @Schema(description = "Upper process limit of the latest group")
        Double upl,

        @Schema(description = "Lower process limit of the latest group")
        Double lpl,

        @Schema(description = "The latest group has fewer than 13 points")
        Boolean limitsAreTrial,

        @Schema(description = "Fewer than 2 points in the latest group: no limits, no icons to trust", required = true)
        boolean tooFewPoints,

        @Schema(description = "TRUST or UNIT; a UNIT measure's figures above are the Trust's, derived")
        RecordedBy recordedBy,

        @Schema(
                description = "For a measure recorded by unit: a line per unit of its icons, in unit order (never "
                        + "ranked); null for a measure recorded by the Trust",
                maxItems = 1000)
        List<UnitLines.Line> units) {

    static MeasureSummaryRow of(Measure m, XmrResult r, List<UnitLines.Line> units) {
        BigDecimal latest = r.points().isEmpty()
                ? null
                : r.points().get(r.points().size() - 1).value();
        return new MeasureSummaryRow(
                m.getId(),
                m.getName(),
                m.getType(),
                m.getUnit(),
                m.getImprovementDirection(),
                m.getFrequency(),
                r.n(),
                r.points().isEmpty()
                        ? null
                        : r.points().get(r.points().size() - 1).period(),
                latest == null ? null : Decimals.plain(latest),
                Decimals.plain(m.getTarget()),
                r.variationIcon(),
                r.assuranceIcon(),
                Interpretation.of(r, m.interpretationContext(m.getName()).withChange(Interpretation.latestChange(r))),
                r.mean(),
                r.upl(),
                r.lpl(),
                r.limitsAreTrial(),
                r.upl() == null,
                m.getRecordedBy(),
                m.isRecordedByUnit() ? units : null);
    }

    /** The row as the summary table draws it, followed by a row per unit for a measure recorded by unit. */
    List<MeasureSummaryChart.Row> toChartRows() {
        List<MeasureSummaryChart.Row> rows = new ArrayList<>();
        rows.add(toChartRow());
        if (units != null) {
            for (UnitLines.Line u : units) {
                rows.add(new MeasureSummaryChart.Row(
                        "  ↳ " + u.name(),
                        "",
                        unit,
                        frequency.name(),
                        u.points(),
                        u.latestPeriod(),
                        u.latestValue(),
                        target,
                        null,
                        null,
                        null,
                        u.limitsAreTrial(),
                        u.variationIcon(),
                        u.assuranceIcon(),
                        null));
            }
        }
        return rows;
    }

    private MeasureSummaryChart.Row toChartRow() {
        return new MeasureSummaryChart.Row(
                name,
                type.name(),
                unit,
                frequency.name(),
                points,
                latestPeriod,
                latestValue,
                target,
                mean,
                upl,
                lpl,
                limitsAreTrial,
                variationIcon,
                assuranceIcon,
                interpretation);
    }
}
