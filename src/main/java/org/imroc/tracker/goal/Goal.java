package org.imroc.tracker.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.lifecycle.Transitions;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;
import org.imroc.tracker.common.write.UnitPlaced;

/**
 * A goal (aim) a Trust has agreed for one of the 10 challenges: what will improve, by how much, by when (IHI:
 * "some is not a number, soon is not a time"). PDSA cycles test changes towards it; its progress is rated by hand on
 * the IHI scale, and the latest rating is kept here.
 */
@Entity
@Table(name = "goals")
public class Goal extends TrustOwnedEntity implements UnitPlaced {

    /** A goal being worked on is reached or given up; either may be taken up again. */
    static final Transitions<GoalStatus> NEXT = Transitions.of(
            "A goal",
            GoalStatus.class,
            Map.of(
                    GoalStatus.ACTIVE, Set.of(GoalStatus.ACHIEVED, GoalStatus.DROPPED),
                    GoalStatus.ACHIEVED, Set.of(GoalStatus.ACTIVE),
                    GoalStatus.DROPPED, Set.of(GoalStatus.ACTIVE)));

    /** The unit of the Trust it belongs to (a site, service, ward or team); null for the Trust as a whole. */
    @Column(name = "unit_id")
    private UUID unitId;

    @Column(name = "challenge_number", nullable = false)
    private int challengeNumber;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "aim_statement", nullable = false, length = 2000)
    private String aimStatement;

    @Column(name = "target_value", precision = 19, scale = 4)
    private BigDecimal targetValue;

    @Column(length = 50)
    private String unit;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    private Integer priority;

    @Column(length = 200)
    private String owner;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private GoalStatus status = GoalStatus.ACTIVE;

    @Column(name = "latest_score", precision = 2, scale = 1)
    private BigDecimal latestScore;

    @Column(name = "latest_score_at")
    private Instant latestScoreAt;

    protected Goal() {}

    /** A goal as it is agreed: ACTIVE when no status is given. */
    public Goal(UUID trustId, GoalStatus status) {
        super(trustId);
        this.status = status == null ? GoalStatus.ACTIVE : status;
    }

    /** Changes the status along {@link #NEXT}; any other move is refused (409) naming the moves allowed. */
    public void moveTo(GoalStatus target) {
        NEXT.check(status, target);
        status = target;
    }

    public void update(
            int challengeNumber,
            String title,
            String aimStatement,
            BigDecimal targetValue,
            String unit,
            LocalDate targetDate,
            Integer priority,
            String owner) {
        this.challengeNumber = challengeNumber;
        this.title = title;
        this.aimStatement = aimStatement;
        this.targetValue = targetValue;
        this.unit = unit;
        this.targetDate = targetDate;
        this.priority = priority;
        this.owner = owner;
    }

    public int getChallengeNumber() {
        return challengeNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getAimStatement() {
        return aimStatement;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getUnit() {
        return unit;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public Integer getPriority() {
        return priority;
    }

    public String getOwner() {
        return owner;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public BigDecimal getLatestScore() {
        return latestScore;
    }

    public Instant getLatestScoreAt() {
        return latestScoreAt;
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
