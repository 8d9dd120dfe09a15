package org.imroc.tracker.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.imroc.tracker.measure.spc.RunChartSettings;
import org.imroc.tracker.measure.spc.SpcSettings;

/**
 * How a measure's series is read: the SPC rules (shift and trend lengths, outlier screening, limits fixed after a
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

    @Column(name = "run_shift_length", nullable = false)
    private int runShiftLength;

    @Column(name = "run_trend_length", nullable = false)
    private int runTrendLength;

    protected AnalysisSettings() {}

    public AnalysisSettings(SpcSettings spc, RunChartSettings runChart) {
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

    public RunChartSettings runChart() {
        return new RunChartSettings(runShiftLength, runTrendLength);
    }
}
