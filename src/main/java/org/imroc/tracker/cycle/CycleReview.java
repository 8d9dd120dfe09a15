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
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;
import org.imroc.tracker.common.write.UnitPlaced;

/**
 * The review of a PDSA cycle: its Study (results against each prediction, what was learned) and its Act (the
 * decision to adopt, adapt or abandon the change, and the next steps). One per cycle; recording it moves the cycle
 * to ACT. The decision cannot change afterwards, because its consequences (a follow-up cycle) already exist.
 */
@Entity
@Table(name = "cycle_reviews")
public class CycleReview extends TrustOwnedEntity implements UnitPlaced {

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private UUID cycleId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @ElementCollection
    @CollectionTable(name = "cycle_review_reviewers", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = 200)
    @BatchSize(size = 200)
    private List<String> reviewers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cycle_review_results", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    private List<ReviewResult> results = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "matched_predictions", nullable = false, length = 10)
    private PredictionMatch matchedPredictions;

    @Column(length = 4000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10, updatable = false)
    private ReviewDecision decision;

    @Column(name = "next_steps", length = 4000)
    private String nextSteps;

    @Column(name = "next_cycle_id")
    private UUID nextCycleId;

    /** The unit of the cycle reviewed (read with the review, never written): where the review sits. */
    @Formula("(select c.unit_id from pdsa_cycles c where c.id = cycle_id)")
    private UUID unitId;

    protected CycleReview() {}

    public CycleReview(PdsaCycle cycle, ReviewDecision decision) {
        super(cycle.getTrustId());
        this.cycleId = cycle.getId();
        this.unitId = cycle.getUnitId();
        this.decision = decision;
    }

    public void record(
            LocalDate reviewedOn,
            List<String> reviewers,
            List<ReviewResult> results,
            PredictionMatch matchedPredictions,
            String summary,
            String nextSteps) {
        this.reviewedOn = reviewedOn;
        if (!this.reviewers.equals(reviewers)) {
            this.reviewers.clear();
            this.reviewers.addAll(reviewers);
        }
        if (!this.results.equals(results)) {
            this.results.clear();
            this.results.addAll(results);
        }
        this.matchedPredictions = matchedPredictions;
        this.summary = summary;
        this.nextSteps = nextSteps;
    }

    public void requireDecision(ReviewDecision requested) {
        if (requested != decision) {
            throw ApiException.conflict(
                    "The decision of a review cannot change (it was " + decision + "); record a new cycle instead.");
        }
    }

    void followedBy(UUID nextCycleId) {
        this.nextCycleId = nextCycleId;
    }

    public UUID getCycleId() {
        return cycleId;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public List<String> getReviewers() {
        return List.copyOf(reviewers);
    }

    public List<ReviewResult> getResults() {
        return List.copyOf(results);
    }

    public PredictionMatch getMatchedPredictions() {
        return matchedPredictions;
    }

    public String getSummary() {
        return summary;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public UUID getNextCycleId() {
        return nextCycleId;
    }

    @Override
    public UUID getUnitId() {
        return unitId;
    }
}
