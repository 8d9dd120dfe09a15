package org.imroc.tracker.learningset.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A monthly report's rules, on the entity alone: every move from every stage, the score scale, and who writes when. */
class MonthlyReportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    /** The moves the transitions endpoint may make (REVIEWED comes only from a review). */
    private static final Map<ReportStage, Set<ReportStage>> BY_TRANSITION = Map.of(
            ReportStage.DRAFT, Set.of(ReportStage.SUBMITTED),
            ReportStage.SUBMITTED, Set.of(ReportStage.DRAFT),
            ReportStage.REVIEWED, Set.of());

    private static MonthlyReport reportAt(ReportStage stage) {
        MonthlyReport report = new MonthlyReport(UUID.randomUUID(), UUID.randomUUID(), "2026-11");
        report.write("Peer welcome", "It helps", null, null, new BigDecimal("2.5"));
        if (stage != ReportStage.DRAFT) {
            report.moveTo(ReportStage.SUBMITTED, NOW);
        }
        if (stage == ReportStage.REVIEWED) {
            report.review("Good start", new BigDecimal("3.0"), UUID.randomUUID(), NOW);
        }
        return report;
    }

    @Test
    void everyTransitionFromEveryStage() {
        for (ReportStage from : ReportStage.values()) {
            for (ReportStage to : ReportStage.values()) {
                MonthlyReport report = reportAt(from);
                if (BY_TRANSITION.get(from).contains(to)) {
                    report.moveTo(to, NOW);
                    assertThat(report.getStatus()).as(from + " → " + to).isEqualTo(to);
                    assertThat(report.getSubmittedAt()).isEqualTo(to == ReportStage.SUBMITTED ? NOW : null);
                } else {
                    assertThatThrownBy(() -> report.moveTo(to, NOW))
                            .as(from + " → " + to)
                            .isInstanceOfSatisfying(
                                    ApiException.class,
                                    e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
                    assertThat(report.getStatus()).isEqualTo(from);
                }
            }
        }
    }

    @Test
    void reviewedIsReachedOnlyByAReviewOfASubmittedReportAndMayBeCorrected() {
        assertThatThrownBy(() -> reportAt(ReportStage.DRAFT).review("Early", BigDecimal.ONE, UUID.randomUUID(), NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        MonthlyReport reviewed = reportAt(ReportStage.REVIEWED);
        assertThat(reviewed.getFacultyScore()).isEqualByComparingTo("3.0");
        reviewed.review("Corrected", new BigDecimal("3.5"), UUID.randomUUID(), NOW);
        assertThat(reviewed.getStatus()).isEqualTo(ReportStage.REVIEWED);
        assertThat(reviewed.getFacultyScore()).isEqualByComparingTo("3.5");
        assertThatThrownBy(() -> reviewed.moveTo(ReportStage.REVIEWED, NOW)).hasMessageContaining("/review");
    }

    @Test
    void aReportIsSubmittedOnlyWithTheTrustsScore() {
        MonthlyReport report = new MonthlyReport(UUID.randomUUID(), UUID.randomUUID(), "2026-11");
        assertThatThrownBy(() -> report.moveTo(ReportStage.SUBMITTED, NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED));
        assertThat(report.getStatus()).isEqualTo(ReportStage.DRAFT);
    }

    @Test
    void onlyADraftIsWritten() {
        MonthlyReport submitted = reportAt(ReportStage.SUBMITTED);
        assertThatThrownBy(() -> submitted.write("Changed", null, null, null, null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThat(submitted.getTried()).isEqualTo("Peer welcome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "5.5", "2.3", "1.25"})
    void scoresOffTheIhiScaleAreRefused(String score) {
        assertThatThrownBy(() -> MonthlyReport.score("selfScore", new BigDecimal(score)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.5", "3.0", "5"})
    void scoresOnTheScaleAreKeptToOnePlace(String score) {
        assertThat(MonthlyReport.score("selfScore", new BigDecimal(score)).scale())
                .isEqualTo(1);
    }

    @Test
    void theWireStatusNamesEveryStageAndDue() {
        for (ReportStage stage : ReportStage.values()) {
            assertThat(ReportStatus.of(stage).stage()).isEqualTo(stage);
        }
        assertThat(ReportStatus.DUE.stage()).isNull();
    }
}
