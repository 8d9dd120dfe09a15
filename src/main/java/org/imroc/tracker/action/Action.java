package org.imroc.tracker.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.lifecycle.Transitions;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;
import org.imroc.tracker.common.write.UnitPlaced;

/**
 * An action of a Trust's action plan: a task with an owner, a due date and a status, optionally linked to a goal,
 * one of its cycles, and the site visit where it was agreed. Overdue = due date passed (in Europe/London) and not done or cancelled. The status changes
 * only through {@link #moveTo}, which keeps the blocked reason and completion date consistent with it.
 */
@Entity
@Table(name = "actions")
public class Action extends TrustOwnedEntity implements UnitPlaced {

    /** Which status may follow which: a finished action can be reopened, a cancelled one only to OPEN. */
    static final Transitions<ActionStatus> NEXT = Transitions.of(
            "An action",
            ActionStatus.class,
            Map.of(
                    ActionStatus.OPEN,
                            Set.of(
                                    ActionStatus.IN_PROGRESS,
                                    ActionStatus.DONE,
                                    ActionStatus.BLOCKED,
                                    ActionStatus.CANCELLED),
                    ActionStatus.IN_PROGRESS,
                            Set.of(ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.BLOCKED, ActionStatus.CANCELLED),
                    ActionStatus.BLOCKED,
                            Set.of(
                                    ActionStatus.OPEN,
                                    ActionStatus.IN_PROGRESS,
                                    ActionStatus.DONE,
                                    ActionStatus.CANCELLED),
                    ActionStatus.DONE, Set.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS),
                    ActionStatus.CANCELLED, Set.of(ActionStatus.OPEN)));

    /** The unit of the Trust it belongs to (a site, service, ward or team); null for the Trust as a whole. */
    @Column(name = "unit_id")
    private UUID unitId;

    @Column(name = "goal_id")
    private UUID goalId;

    @Column(name = "cycle_id")
    private UUID cycleId;

    @Column(name = "challenge_number")
    private Integer challengeNumber;

    @Column(name = "visit_id")
    private UUID visitId;

    /** The learning-set session where the Trust committed to it (set once, when made from a commitment). */
    @Column(name = "session_id", updatable = false)
    private UUID sessionId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "blocked_reason", length = 2000)
    private String blockedReason;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected Action() {}

    public Action(UUID trustId) {
        super(trustId);
    }

    public void describe(String title, String description, String owner, LocalDate dueOn) {
        this.title = title;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    /**
     * Links to a goal, cycle and site visit (already checked to be of this Trust, and the cycle of the goal) and the
     * challenge it serves.
     */
    public void link(UUID goalId, UUID cycleId, Integer challengeNumber, UUID visitId) {
        this.goalId = goalId;
        this.cycleId = cycleId;
        this.challengeNumber = challengeNumber;
        this.visitId = visitId;
    }

    /**
     * Changes the status: BLOCKED needs a reason; DONE records today as the completion date; leaving DONE clears it
     * and leaving BLOCKED clears the reason. A move the table does not allow is refused (409).
     */
    public void moveTo(ActionStatus target, String reason, LocalDate today) {
        NEXT.check(status, target);
        if (target == ActionStatus.BLOCKED && (reason == null || reason.isBlank())) {
            throw ApiException.invalid("blockedReason", "is required when the action is BLOCKED");
        }
        status = target;
        blockedReason = target == ActionStatus.BLOCKED ? reason : null;
        completedOn = target == ActionStatus.DONE ? today : null;
    }

    /** A blocked action's reason may be reworded while it stays blocked. */
    public void rewordBlockedReason(String reason) {
        if (status != ActionStatus.BLOCKED) {
            if (reason != null) {
                throw ApiException.conflict("Only a BLOCKED action has a blocked reason.");
            }
            return;
        }
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("blockedReason", "is required while the action is BLOCKED");
        }
        blockedReason = reason;
    }

    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && dueOn.isBefore(today);
    }

    public UUID getGoalId() {
        return goalId;
    }

    public UUID getCycleId() {
        return cycleId;
    }

    public UUID getVisitId() {
        return visitId;
    }

    /** Made from a commitment at this learning-set session (checked by the learning-set feature). */
    public void committedAt(UUID sessionId) {
        this.sessionId = sessionId;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public Integer getChallengeNumber() {
        return challengeNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getBlockedReason() {
        return blockedReason;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
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
