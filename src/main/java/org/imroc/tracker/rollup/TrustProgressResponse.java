package org.imroc.tracker.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.challenge.Stage;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.MeasureType;
import org.imroc.tracker.measure.RecordedBy;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.ImprovementDirection;
import org.imroc.tracker.measure.spc.VariationIcon;
import org.imroc.tracker.measure.units.UnitLines;

/** A Trust's progress in one document: stages per challenge, and the state of its goals, cycles and actions. */
public record TrustProgressResponse(
        UUID trustId,

        @Schema(description = "When the figures were computed (not part of the ETag)")
        Instant asOf,

        @Schema(maxItems = 10) List<ChallengeFigures> challenges,
        GoalFigures goals,
        CycleFigures cycles,
        ReviewFigures reviews,
        ActionFigures actions,
        VisitFigures visits,

        @Schema(description = "The Trust's measures, each with its latest value and SPC icons")
        MeasureFigures measures) {

    /** One challenge: stages from agreed assessments (null without one) and the current priority rank. */
    public record ChallengeFigures(
            @Schema(minimum = "1", maximum = "10", required = true)
            int challengeNumber,

            @Schema(maxLength = 50, pattern = "^[a-z-]+$") String code,
            @Schema(maxLength = 300) String title,
            Stage baselineStage,
            Stage currentStage,

            @Schema(description = "Levels gained since baseline", minimum = "-3", maximum = "3")
            Integer change,

            @Schema(minimum = "1", maximum = "3") Integer priority) {}

    public record GoalFigures(
            @Schema(required = true) long active,
            @Schema(required = true) long achieved,
            @Schema(required = true) long dropped,
            @Schema(required = true) long total,

            @Schema(description = "The latest IHI progress score recorded on any of the Trust's goals")
            BigDecimal latestScore,

            Instant latestScoreAt) {}

    public record CycleFigures(
            @Schema(required = true) long plan,
            @Schema(required = true) @JsonProperty("do") long doing,
            @Schema(required = true) long study,
            @Schema(required = true) long act,
            @Schema(required = true) long cancelled,
            @Schema(required = true) long total) {}

    public record ReviewFigures(
            @Schema(required = true) long adopt,
            @Schema(required = true) long adapt,
            @Schema(required = true) long abandon,
            @Schema(required = true) long total) {}

    public record ActionFigures(
            @Schema(required = true) long open,
            @Schema(required = true) long inProgress,
            @Schema(required = true) long blocked,
            @Schema(required = true) long done,
            @Schema(required = true) long cancelled,

            @Schema(description = "Due before today (Europe/London) and not DONE or CANCELLED", required = true)
            long overdue,

            @Schema(required = true) long total) {}

    public record VisitFigures(LocalDate lastCompletedOn, LocalDate nextPlannedOn) {}

    /** How many measures show special-cause improvement or concern, or cannot meet their target; and each one. */
    public record MeasureFigures(
            @Schema(required = true) long total,
            @Schema(required = true) long improving,
            @Schema(required = true) long concern,

            @Schema(description = "Assurance FAIL: the limits say the target will not be met", required = true)
            long failingTarget,

            @Schema(maxItems = Measure.MAX_PER_TRUST) List<MeasureLine> items) {}

    /** One measure as a board's summary shows it. */
    public record MeasureLine(
            UUID measureId,
            @Schema(maxLength = 200) String name,
            MeasureType type,
            UUID goalId,
            @Schema(minimum = "1", maximum = "10") Integer challengeNumber,
            @Schema(maxLength = 50) String unit,
            ImprovementDirection improvementDirection,
            BigDecimal target,

            @Schema(minimum = "0", maximum = "100000", required = true)
            int points,

            @Schema(maxLength = 8) String latestPeriod,
            BigDecimal latestValue,
            VariationIcon variationIcon,
            AssuranceIcon assuranceIcon,
            Boolean limitsAreTrial,

            @Schema(description = "TRUST or UNIT; a UNIT measure's figures above are the Trust's, derived")
            RecordedBy recordedBy,

            @Schema(
                    description = "For a measure recorded by unit: a line per unit of its icons, in unit order "
                            + "(never ranked); null for a measure recorded by the Trust",
                    maxItems = 1000)
            List<UnitLines.Line> units) {}
}
