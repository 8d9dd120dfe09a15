package org.imroc.tracker.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;
import org.imroc.tracker.common.write.UnitPlaced;

/**
 * A Trust's assessment against ImROC's 10 key organisational challenges: for each, the stage reached (engagement,
 * development, transformation) with evidence, and the top three priorities (TRIP). Once AGREED it is read-only; the
 * Trust's agreed BASELINE is what progress is measured from.
 */
@Entity
@Table(name = "assessments")
public class Assessment extends TrustOwnedEntity implements UnitPlaced {

    public static final int CHALLENGES = 10;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AssessmentKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AssessmentContext context;

    @Column(name = "visit_id")
    private UUID visitId;

    /** The team (or other unit) whose TRIP this is; null for the Trust's own assessment. */
    @Column(name = "unit_id")
    private UUID unitId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AssessmentStatus status = AssessmentStatus.DRAFT;

    /**
     * While this is an agreed baseline, whose it is (the unit's id for a TRIP, else the Trust's), else null: a
     * unique column allows one per Trust and one per unit.
     */
    @Column(name = "agreed_baseline_of")
    private UUID agreedBaselineOf;

    @ElementCollection
    @CollectionTable(name = "assessment_ratings", joinColumns = @JoinColumn(name = "assessment_id"))
    @BatchSize(size = 200)
    private Set<Rating> ratings = new HashSet<>();

    protected Assessment() {}

    public Assessment(UUID trustId) {
        super(trustId);
    }

    /** Records the assessment; refused once agreed. Ratings must name each challenge at most once. */
    public void record(
            LocalDate assessedOn,
            AssessmentKind kind,
            AssessmentContext context,
            UUID visitId,
            UUID unitId,
            List<Rating> ratings) {
        requireDraft();
        Map<Integer, Long> perChallenge =
                ratings.stream().collect(Collectors.groupingBy(Rating::getChallengeNumber, Collectors.counting()));
        perChallenge.forEach((challenge, count) -> {
            if (count > 1) {
                throw ApiException.invalid("ratings", "challenge " + challenge + " is rated more than once");
            }
        });
        this.assessedOn = assessedOn;
        this.kind = kind;
        this.context = context;
        this.visitId = visitId;
        this.unitId = unitId;
        if (!this.ratings.equals(new HashSet<>(ratings))) {
            // A new collection, not clear()+addAll(): Hibernate then rewrites the rows by owner, which is safe for
            // embeddables with null columns (evidence, priority).
            this.ratings = new HashSet<>(ratings);
        }
    }

    /**
     * Agrees the assessment: every challenge rated, and no priority rank (1–3) given to two challenges. A Trust's
     * second agreed baseline is refused by the database (409).
     */
    public void agree() {
        requireDraft();
        List<String> problems = new ArrayList<>();
        Set<Integer> rated = ratings.stream().map(Rating::getChallengeNumber).collect(Collectors.toSet());
        List<Integer> missing = IntStream.rangeClosed(1, CHALLENGES)
                .filter(n -> !rated.contains(n))
                .boxed()
                .toList();
        if (!missing.isEmpty()) {
            problems.add("challenges not rated: " + missing);
        }
        ratings.stream()
                .filter(r -> r.getPriority() != null)
                .collect(Collectors.groupingBy(Rating::getPriority, Collectors.counting()))
                .forEach((rank, count) -> {
                    if (count > 1) {
                        problems.add("priority " + rank + " is given to " + count + " challenges");
                    }
                });
        if (!problems.isEmpty()) {
            throw ApiException.conflict("The assessment cannot be agreed: " + String.join("; ", problems) + ".");
        }
        status = AssessmentStatus.AGREED;
        agreedBaselineOf = context != AssessmentContext.BASELINE ? null : unitId != null ? unitId : getTrustId();
    }

    public void requireDraft() {
        if (status == AssessmentStatus.AGREED) {
            throw ApiException.conflict("An agreed assessment is read-only; record a new assessment to correct it.");
        }
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    @Override
    public UUID getUnitId() {
        return unitId;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public AssessmentContext getContext() {
        return context;
    }

    public UUID getVisitId() {
        return visitId;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    /** The ratings in challenge order. */
    public List<Rating> getRatings() {
        return ratings.stream()
                .sorted(Comparator.comparingInt(Rating::getChallengeNumber))
                .toList();
    }
}
