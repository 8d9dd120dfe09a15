package org.imroc.tracker.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.measure.spc.RunChartSettings;
import org.imroc.tracker.measure.spc.SpcChart;
import org.imroc.tracker.measure.spc.SpcSettings;

/**
 * How a measure's series is read: the chart (XMR, or an attribute chart for a rate), the SPC rules (shift and trend lengths, outlier screening, limits fixed after a
 * baseline) and the run-chart rules. The defaults are NHSRplotthedots' and IHI's; MDC's newer tool uses a shift of 6.
 */
@Embeddable
public class AnalysisSettings {

    @Column(name = "spc_shift_length", nullable = false)
    private int spcShiftLength;

    @Column(name = "spc_trend_length", nullable = false)
    private int spcTrendLength;

    @Column(name = "spc_screen_outliers", nullable = false)
    private boolean screenOutliers;

    @Column(name = "spc_fix_after_points")
    private Integer fixAfterPoints;

    @Column(name = "spc_include_incomplete", nullable = false)
    private boolean includeIncomplete;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "spc_chart", nullable = false, length = 10)
    private SpcChart chart = SpcChart.XMR;

    @Column(name = "run_shift_length", nullable = false)
    private int runShiftLength;

    @Column(name = "run_trend_length", nullable = false)
    private int runTrendLength;

    protected AnalysisSettings() {}

    public AnalysisSettings(SpcSettings spc, RunChartSettings runChart) {
        this(spc, runChart, SpcChart.XMR);
    }

    public AnalysisSettings(SpcSettings spc, RunChartSettings runChart, SpcChart chart) {
        this.chart = chart == null ? SpcChart.XMR : chart;
        this.spcShiftLength = spc.shiftLength();
        this.spcTrendLength = spc.trendLength();
        this.screenOutliers = spc.screenOutliers();
        this.fixAfterPoints = spc.fixAfterPoints();
        this.includeIncomplete = spc.includeIncomplete();
        this.runShiftLength = runChart.shiftLength();
        this.runTrendLength = runChart.trendLength();
    }

    public SpcSettings spc() {
        return new SpcSettings(spcShiftLength, spcTrendLength, screenOutliers, fixAfterPoints, includeIncomplete);
    }

    /** The chart the measure's SPC answer and drawing use: XMR unless a rate chose an attribute chart. */
    public SpcChart chart() {
        return chart == null ? SpcChart.XMR : chart;
    }

    public RunChartSettings runChart() {
        return new RunChartSettings(runShiftLength, runTrendLength);
    }
}
