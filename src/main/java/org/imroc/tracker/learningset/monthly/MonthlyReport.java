package org.imroc.tracker.learningset.monthly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.lifecycle.Transitions;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;

/**
 * A member Trust's report for one month of a learning set: what it tried and learned, its barriers and the help it
 * wants, and its own score on the IHI assessment scale. The month's shared-measure values are observations of the
 * Trust's measures, not kept here. DRAFT → SUBMITTED → REVIEWED (with the facilitator's feedback and score).
 */
@Entity
@Table(name = "learning_set_reports")
public class MonthlyReport extends TrustOwnedEntity {

    /** DRAFT ⇄ SUBMITTED by the transitions endpoint; SUBMITTED → REVIEWED only by a facilitator's review. */
    static final Transitions<ReportStage> NEXT = Transitions.of(
            "A report",
            ReportStage.class,
            Map.of(
                    ReportStage.DRAFT, Set.of(ReportStage.SUBMITTED),
                    ReportStage.SUBMITTED, Set.of(ReportStage.DRAFT, ReportStage.REVIEWED),
                    ReportStage.REVIEWED, Set.of()));

    private static final BigDecimal LOWEST = BigDecimal.ONE;
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(5);
    private static final BigDecimal STEP = new BigDecimal("0.5");

    @Column(name = "learning_set_id", nullable = false, updatable = false)
    private UUID learningSetId;

    @Column(nullable = false, length = 8, updatable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReportStage status = ReportStage.DRAFT;

    @Column(length = 4000)
    private String tried;

    @Column(length = 4000)
    private String learned;

    @Column(length = 4000)
    private String barriers;

    @Column(name = "help_wanted", length = 4000)
    private String helpWanted;

    @Column(name = "self_score", precision = 2, scale = 1)
    private BigDecimal selfScore;

    @Column(name = "faculty_score", precision = 2, scale = 1)
    private BigDecimal facultyScore;

    @Column(length = 4000)
    private String feedback;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by")
    private UUID reviewedBy;

    protected MonthlyReport() {}

    public MonthlyReport(UUID learningSetId, UUID trustId, String period) {
        super(trustId);
        this.learningSetId = learningSetId;
        this.period = period;
    }

    /** Writes the Trust's part; only a DRAFT changes. */
    public void write(String tried, String learned, String barriers, String helpWanted, BigDecimal selfScore) {
        if (status != ReportStage.DRAFT) {
            throw ApiException.conflict("The report is " + status + "; only a DRAFT can be changed.");
        }
        this.tried = tried;
        this.learned = learned;
        this.barriers = barriers;
        this.helpWanted = helpWanted;
        this.selfScore = score("selfScore", selfScore);
    }

    /**
     * Moves along {@link #NEXT}: DRAFT → SUBMITTED (it needs the Trust's score), or SUBMITTED → DRAFT to correct it
     * while not yet reviewed. REVIEWED is reached only by {@link #review}.
     */
    public void moveTo(ReportStage to, Instant at) {
        if (to == ReportStage.REVIEWED) {
            throw ApiException.conflict("A report becomes REVIEWED by a facilitator's review: "
                    + "POST /api/v1/reports/{reportId}/review.");
        }
        NEXT.check(status, to);
        if (to == ReportStage.SUBMITTED && selfScore == null) {
            throw ApiException.invalid("selfScore", "is needed before the report is submitted");
        }
        status = to;
        submittedAt = to == ReportStage.SUBMITTED ? at : null;
    }

    /** A facilitator's review of a SUBMITTED report (or a correction of their review). */
    public void review(String feedback, BigDecimal facultyScore, UUID reviewer, Instant at) {
        if (status != ReportStage.REVIEWED) {
            NEXT.check(status, ReportStage.REVIEWED); // a REVIEWED report's review may be corrected
        }
        this.feedback = feedback;
        this.facultyScore = score("facultyScore", facultyScore);
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
        this.status = ReportStage.REVIEWED;
    }

    /** A score on the IHI assessment scale: 1.0 to 5.0 in steps of 0.5. */
    static BigDecimal score(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.compareTo(LOWEST) < 0
                || value.compareTo(HIGHEST) > 0
                || value.remainder(STEP).signum() != 0) {
            throw ApiException.invalid(field, "must be 1.0 to 5.0 in steps of 0.5 (the IHI assessment scale)");
        }
        return value.setScale(1);
    }

    public boolean isSubmitted() {
        return status == ReportStage.SUBMITTED || status == ReportStage.REVIEWED;
    }

    public UUID getLearningSetId() {
        return learningSetId;
    }

    public String getPeriod() {
        return period;
    }

    public ReportStage getStatus() {
        return status;
    }

    public String getTried() {
        return tried;
    }

    public String getLearned() {
        return learned;
    }

    public String getBarriers() {
        return barriers;
    }

    public String getHelpWanted() {
        return helpWanted;
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public BigDecimal getFacultyScore() {
        return facultyScore;
    }

    public String getFeedback() {
        return feedback;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public UUID getReviewedBy() {
        return reviewedBy;
    }
}
