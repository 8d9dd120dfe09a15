package org.imroc.tracker.cycle;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.lifecycle.Transitions;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;
import org.imroc.tracker.common.write.UnitPlaced;

/**
 * A Plan-Do-Study-Act cycle: one small test of a change towards a goal. Cycles of the same idea form a series
 * (1, 2, 3 …), each may follow a previous one. The phase moves only through {@link #moveTo} and
 * {@link #recordReview}, which enforce the rules; plan fields change only in PLAN and Do fields only in DO.
 */
@Entity
@Table(name = "pdsa_cycles")
public class PdsaCycle extends TrustOwnedEntity implements UnitPlaced {

    /** Which phase may follow which by a transition command (STUDY → ACT is by recording the review). */
    static final Transitions<CyclePhase> NEXT = Transitions.of(
            "A cycle",
            CyclePhase.class,
            Map.of(
                    CyclePhase.PLAN, Set.of(CyclePhase.DO, CyclePhase.CANCELLED),
                    CyclePhase.DO, Set.of(CyclePhase.STUDY, CyclePhase.CANCELLED),
                    CyclePhase.STUDY, Set.of(),
                    CyclePhase.ACT, Set.of(),
                    CyclePhase.CANCELLED, Set.of()));

    /** The unit of the Trust it belongs to (a site, service, ward or team); null for the Trust as a whole. */
    @Column(name = "unit_id")
    private UUID unitId;

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

    @Embedded
    private CyclePlan plan;

    @ElementCollection
    @CollectionTable(name = "pdsa_cycle_questions", joinColumns = @JoinColumn(name = "cycle_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    private List<PlanQuestion> questions = new ArrayList<>();

    @Embedded
    private DoRecord doRecord;

    protected PdsaCycle() {}

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

    /** The plan (null: not written yet) and its questions, each with the team's prediction. */
    public void plan(CyclePlan plan, List<PlanQuestion> questions) {
        this.plan = plan;
        this.questions.clear();
        this.questions.addAll(questions);
    }

    public void recordDo(DoRecord record) {
        this.doRecord = record;
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
     * Moves the cycle along the {@link #NEXT} table: PLAN → DO (needs an objective and a question with a prediction),
     * DO → STUDY (needs the start date and observations), PLAN or DO → CANCELLED (needs a reason). STUDY → ACT
     * happens only by recording the review. Anything else is refused (409) with what is missing.
     */
    public void moveTo(CyclePhase target, String reason) {
        if (phase == CyclePhase.STUDY && target == CyclePhase.ACT) {
            throw ApiException.conflict(
                    "A cycle moves from STUDY to ACT by recording its review: POST /api/v1/cycles/{id}/review.");
        }
        NEXT.check(phase, target);
        List<String> missing = missingFor(target, reason);
        if (!missing.isEmpty()) {
            throw ApiException.conflict(
                    "Cannot move from " + phase + " to " + target + ": missing " + String.join(", ", missing) + ".");
        }
        if (target == CyclePhase.CANCELLED) {
            cancelReason = reason;
        }
        phase = target;
    }

    /** What the cycle must hold before it may enter {@code target}. */
    private List<String> missingFor(CyclePhase target, String reason) {
        List<String> missing = new ArrayList<>();
        switch (target) {
            case DO -> {
                if (!plan().hasObjective()) {
                    missing.add("plan.objective");
                }
                if (questions.stream().noneMatch(PlanQuestion::hasPrediction)) {
                    missing.add("plan.questions (at least one with a prediction)");
                }
            }
            case STUDY -> {
                if (doRecord().startedOn() == null) {
                    missing.add("do.startedOn");
                }
                if (!doRecord().hasObservations()) {
                    missing.add("do.observations");
                }
            }
            case CANCELLED -> {
                if (reason == null || reason.isBlank()) {
                    missing.add("reason");
                }
            }
            case PLAN, ACT -> {}
        }
        return missing;
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

    /** The plan; never null (all of it empty before it is written). */
    public CyclePlan plan() {
        return plan == null ? CyclePlan.NONE : plan;
    }

    public List<PlanQuestion> getQuestions() {
        return List.copyOf(questions);
    }

    /** The Do record; never null (all of it empty before the test runs). */
    public DoRecord doRecord() {
        return doRecord == null ? DoRecord.NONE : doRecord;
    }

    /** Puts it on a unit of its Trust (already checked: open, unless it is the unit it is on), or on none (null). */
    public void placeOn(UUID unitId) {
        this.unitId = unitId;
    }

    @Override
    public UUID getUnitId() {
        return unitId;
    }
}
