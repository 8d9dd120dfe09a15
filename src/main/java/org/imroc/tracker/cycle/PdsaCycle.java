package org.imroc.tracker.cycle;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;

/**
 * A Plan-Do-Study-Act cycle: one small test of a change towards a goal. Cycles of the same idea form a series
 * (1, 2, 3 …), each may follow a previous one. The phase moves only through {@link #moveTo} and
 * {@link #recordReview}, which enforce the rules; plan fields change only in PLAN and Do fields only in DO.
 */
@Entity
@Table(name = "pdsa_cycles")
public class PdsaCycle extends TrustOwnedEntity {

    @Column(name = "goal_id", nullable = false, updatable = false)
    private UUID goalId;

    @Column(nullable = false, updatable = false)
    private int sequence;

    @Column(name = "previous_cycle_id", updatable = false)
    private UUID previousCycleId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "change_idea", nullable = false, length = 2000)
    private String changeIdea;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private CyclePurpose purpose;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CyclePhase phase = CyclePhase.PLAN;

    @Column(name = "cancel_reason", length = 2000)
    private String cancelReason;

    @Column(name = "plan_objective", length = 2000)
    private String objective;

    @ElementCollection
    @CollectionTable(name = "pdsa_cycle_questions", joinColumns = @JoinColumn(name = "cycle_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    private List<PlanQuestion> questions = new ArrayList<>();

    @Column(name = "plan_who", length = 500)
    private String who;

    @Column(name = "plan_where", length = 500)
    private String place;

    @Column(name = "plan_start")
    private LocalDate plannedStart;

    @Column(name = "plan_end")
    private LocalDate plannedEnd;

    @Column(name = "plan_data_collection", length = 4000)
    private String dataCollectionPlan;

    @Column(name = "do_started_on")
    private LocalDate startedOn;

    @Column(name = "do_completed_on")
    private LocalDate completedOn;

    @Column(name = "do_as_planned")
    private Boolean carriedOutAsPlanned;

    @Column(name = "do_observations", length = 8000)
    private String observations;

    @Column(name = "do_problems", length = 4000)
    private String problems;

    protected PdsaCycle() {
    }

    public PdsaCycle(UUID trustId, UUID goalId, int sequence, UUID previousCycleId) {
        super(trustId);
        this.goalId = goalId;
        this.sequence = sequence;
        this.previousCycleId = previousCycleId;
    }

    /** Title, change idea and purpose: the idea may be reworded until the cycle starts. */
    public void describe(String title, String changeIdea, CyclePurpose purpose) {
        this.title = title;
        this.changeIdea = changeIdea;
        this.purpose = purpose;
    }

    public void plan(String objective, List<PlanQuestion> questions, String who, String where, LocalDate plannedStart,
            LocalDate plannedEnd, String dataCollectionPlan) {
        this.objective = objective;
        this.questions.clear();
        this.questions.addAll(questions);
        this.who = who;
        this.place = where;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.dataCollectionPlan = dataCollectionPlan;
    }

    public void recordDo(LocalDate startedOn, LocalDate completedOn, Boolean carriedOutAsPlanned, String observations,
            String problems) {
        this.startedOn = startedOn;
        this.completedOn = completedOn;
        this.carriedOutAsPlanned = carriedOutAsPlanned;
        this.observations = observations;
        this.problems = problems;
    }

    /** Refuses changes to the plan outside PLAN, and to the Do record outside DO. */
    public void requireEditable(boolean planChanged, boolean doChanged) {
        if (planChanged && phase != CyclePhase.PLAN) {
            throw ApiException.conflict("The plan (change idea, purpose and plan fields) can only be changed in PLAN; "
                    + "this cycle is in " + phase + ".");
        }
        if (doChanged && phase != CyclePhase.DO) {
            throw ApiException.conflict("The Do record can only be changed in DO; this cycle is in " + phase + ".");
        }
    }

    /**
     * Moves the cycle along: PLAN → DO (needs an objective and a question with a prediction), DO → STUDY (needs the
     * start date and observations), PLAN or DO → CANCELLED (needs a reason). STUDY → ACT happens only by recording
     * the review. Anything else is refused with what is missing.
     */
    public void moveTo(CyclePhase target, String reason) {
        List<String> missing = new ArrayList<>();
        switch (phase + ">" + target) {
            case "PLAN>DO" -> {
                if (objective == null || objective.isBlank()) {
                    missing.add("plan.objective");
                }
                if (questions.stream().noneMatch(PlanQuestion::hasPrediction)) {
                    missing.add("plan.questions (at least one with a prediction)");
                }
            }
            case "DO>STUDY" -> {
                if (startedOn == null) {
                    missing.add("do.startedOn");
                }
                if (observations == null || observations.isBlank()) {
                    missing.add("do.observations");
                }
            }
            case "PLAN>CANCELLED", "DO>CANCELLED" -> {
                if (reason == null || reason.isBlank()) {
                    missing.add("reason");
                }
            }
            case "STUDY>ACT" -> throw ApiException.conflict(
                    "A cycle moves from STUDY to ACT by recording its review: POST /api/v1/cycles/{id}/review.");
            default -> throw ApiException.conflict("A cycle cannot move from " + phase + " to " + target + ".");
        }
        if (!missing.isEmpty()) {
            throw ApiException.conflict("Cannot move from " + phase + " to " + target + ": missing "
                    + String.join(", ", missing) + ".");
        }
        if (target == CyclePhase.CANCELLED) {
            cancelReason = reason;
        }
        phase = target;
    }

    /** Recording the review (Study + Act) is what moves a cycle from STUDY to ACT. */
    public void recordReview() {
        if (phase != CyclePhase.STUDY) {
            throw ApiException.conflict("A cycle is reviewed in STUDY; this one is in " + phase + ".");
        }
        phase = CyclePhase.ACT;
    }

    public UUID getGoalId() {
        return goalId;
    }

    public int getSequence() {
        return sequence;
    }

    public UUID getPreviousCycleId() {
        return previousCycleId;
    }

    public String getTitle() {
        return title;
    }

    public String getChangeIdea() {
        return changeIdea;
    }

    public CyclePurpose getPurpose() {
        return purpose;
    }

    public CyclePhase getPhase() {
        return phase;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getObjective() {
        return objective;
    }

    public List<PlanQuestion> getQuestions() {
        return List.copyOf(questions);
    }

    public String getWho() {
        return who;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public String getDataCollectionPlan() {
        return dataCollectionPlan;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Boolean getCarriedOutAsPlanned() {
        return carriedOutAsPlanned;
    }

    public String getObservations() {
        return observations;
    }

    public String getProblems() {
        return problems;
    }
}
