package org.imroc.tracker.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.imroc.tracker.common.paging.Cursor;
import org.imroc.tracker.common.persistence.TrackedEntity;

/**
 * A rating of a goal's progress on the IHI scale, set by hand (never computed): 0.5 intent to participate, 1.0
 * charter and team established … 4.5 sustainable improvement, 5.0 outstanding sustainable results. Kept as a
 * history: who rated, when, and why.
 */
@Entity
@Immutable
@Table(name = "goal_progress_scores")
public class ProgressScore {

    /** The scale's points, in half steps from 0.5 to 5.0. */
    public static final Set<BigDecimal> SCALE = Set.of(
            new BigDecimal("0.5"),
            new BigDecimal("1.0"),
            new BigDecimal("1.5"),
            new BigDecimal("2.0"),
            new BigDecimal("2.5"),
            new BigDecimal("3.0"),
            new BigDecimal("3.5"),
            new BigDecimal("4.0"),
            new BigDecimal("4.5"),
            new BigDecimal("5.0"));

    @Id
    private UUID id;

    @Column(name = "goal_id", nullable = false)
    private UUID goalId;

    @Column(name = "trust_id", nullable = false)
    private UUID trustId;

    @Column(nullable = false, precision = 2, scale = 1)
    private BigDecimal score;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProgressScore() {}

    public ProgressScore(Goal goal, BigDecimal score, String note, String recordedBy) {
        if (!isOnScale(score)) {
            throw new IllegalArgumentException("Not a point of the IHI progress scale: " + score);
        }
        this.id = UUID.randomUUID();
        this.goalId = goal.getId();
        this.trustId = goal.getTrustId();
        this.score = score.setScale(1);
        this.note = note;
        this.recordedBy = recordedBy;
        this.createdAt = TrackedEntity.now();
    }

    public static boolean isOnScale(BigDecimal score) {
        return score != null && score.scale() <= 1 && SCALE.contains(score.setScale(1));
    }

    public UUID getId() {
        return id;
    }

    public UUID getGoalId() {
        return goalId;
    }

    public UUID getTrustId() {
        return trustId;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return createdAt;
    }

    public Cursor cursor() {
        return new Cursor(createdAt, id);
    }
}
