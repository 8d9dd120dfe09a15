package org.imroc.tracker.cycle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Plan: what we want to learn, the questions and predictions, who/where/when, and how data will be collected. */
public record PlanFields(
        @Size(max = 2000) @Schema(description = "What we want to learn")
        String objective,

        @Size(max = 10) List<@Valid QuestionItem> questions,
        @Size(max = 500) String who,
        @Size(max = 500) String where,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Size(max = 4000) String dataCollectionPlan) {

    public static final PlanFields EMPTY = new PlanFields(null, List.of(), null, null, null, null, null);

    public PlanFields {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    @AssertTrue(message = "plannedEnd must not be before plannedStart")
    @Schema(hidden = true)
    @JsonIgnore
    public boolean isPlannedEndAfterStart() {
        return plannedStart == null || plannedEnd == null || !plannedEnd.isBefore(plannedStart);
    }

    static PlanFields from(PdsaCycle cycle) {
        CyclePlan plan = cycle.plan();
        return new PlanFields(
                plan.objective(),
                cycle.getQuestions().stream()
                        .map(q -> new QuestionItem(q.getQuestion(), q.getPrediction()))
                        .toList(),
                plan.who(),
                plan.place(),
                plan.plannedStart(),
                plan.plannedEnd(),
                plan.dataCollectionPlan());
    }

    CyclePlan toPlan() {
        return new CyclePlan(objective, who, where, plannedStart, plannedEnd, dataCollectionPlan);
    }

    List<PlanQuestion> toQuestions() {
        return questions.stream()
                .map(q -> new PlanQuestion(q.question(), q.prediction()))
                .toList();
    }
}
