package org.imroc.tracker.report;

import java.time.LocalDate;
import java.util.List;
import org.imroc.tracker.measure.MeasureSummaryService;
import org.imroc.tracker.measure.groups.DisparitiesService;

/**
 * What a Trust report shows, ready for the template {@code report/trust-report.html}; {@code disparities} holds, for
 * each rate broken down by ethnic group, its rate ratios against White (PCREF's first question).
 */
public record ReportView(
        String trustName,
        String odsCode,
        String region,
        LocalDate generatedOn,
        LocalDate since,
        String css,
        String challengeProfileSvg,
        List<List<String>> stages,
        List<GoalLine> goals,
        List<CycleLine> cycles,
        List<ActionLine> overdueActions,
        boolean moreOverdueActions,
        String measureTableSvg,
        List<List<String>> measureTable,
        List<MeasureSummaryService.Figure> measureCharts,
        List<DisparitiesService.TrustRatios> disparities) {

    public record GoalLine(
            int challengeNumber,
            String title,
            String status,
            String owner,
            LocalDate targetDate,
            String latestScore,
            LocalDate latestScoreOn) {}

    public record CycleLine(
            String goal,
            int sequence,
            String title,
            String phase,
            LocalDate doStartedOn,
            LocalDate reviewedOn,
            String decision) {}

    public record ActionLine(String title, String owner, LocalDate dueOn, String status, long daysOverdue) {}
}
