package org.imroc.tracker.learningset;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.lifecycle.Transitions;
import org.imroc.tracker.common.persistence.TrackedEntity;

/**
 * Trusts learning together on some of the challenges: who facilitates, which measures every member reports, and
 * when it runs. Belongs to no one Trust: who may see it is decided by its facilitators and members
 * ({@link SetViewer}).
 */
@Entity
@Table(name = "learning_sets")
public class LearningSet extends TrackedEntity {

    /**
     * A set gathers members (PLANNED), meets and reports (ACTIVE), and is closed for the record; a closed set may
     * start again, and a planned one may be closed without ever meeting.
     */
    static final Transitions<LearningSetStatus> NEXT = Transitions.of(
            "A learning set",
            LearningSetStatus.class,
            Map.of(
                    LearningSetStatus.PLANNED,
                    Set.of(LearningSetStatus.ACTIVE, LearningSetStatus.CLOSED),
                    LearningSetStatus.ACTIVE,
                    Set.of(LearningSetStatus.CLOSED),
                    LearningSetStatus.CLOSED,
                    Set.of(LearningSetStatus.ACTIVE)));

    /** The most member Trusts a set may have (England has about 50 mental-health Trusts). */
    public static final int MAX_MEMBERS = 100;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private LearningSetKind kind;

    @Column(name = "focus_challenges", nullable = false, length = 40)
    private String focusChallenges = "";

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private LearningSetStatus status = LearningSetStatus.PLANNED;

    @Column(name = "measure_template_codes", nullable = false, length = 1000)
    private String measureTemplateCodes = "";

    @ElementCollection
    @CollectionTable(name = "learning_set_facilitators", joinColumns = @JoinColumn(name = "learning_set_id"))
    @Column(name = "user_id", nullable = false)
    @BatchSize(size = 200)
    private Set<UUID> facilitatorIds = new HashSet<>();

    protected LearningSet() {}

    /** A set as it is created: PLANNED when no status is given. */
    public LearningSet(String name, LearningSetStatus status) {
        this.name = name;
        this.status = status == null ? LearningSetStatus.PLANNED : status;
    }

    /** Changes the status along {@link #NEXT}; any other move is refused (409) naming the moves allowed. */
    public void moveTo(LearningSetStatus target) {
        NEXT.check(status, target);
        status = target;
    }

    /** Sets what the set is; the end, when there is one, is not before the start. */
    public void describe(
            String name,
            String purpose,
            LearningSetKind kind,
            List<Integer> focusChallenges,
            LocalDate startsOn,
            LocalDate endsOn) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw ApiException.invalid("endsOn", "must not be before startsOn");
        }
        this.name = name;
        this.purpose = purpose;
        this.kind = kind;
        this.focusChallenges = focusChallenges.stream()
                .distinct()
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining(","));
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** The templates every member reports, in the order given, each once. */
    public void shareMeasures(List<String> templateCodes) {
        this.measureTemplateCodes = String.join(",", new LinkedHashSet<>(templateCodes));
    }

    public void facilitatedBy(Set<UUID> userIds) {
        if (!facilitatorIds.equals(userIds)) {
            facilitatorIds.clear();
            facilitatorIds.addAll(userIds);
        }
    }

    public boolean isFacilitator(UUID userId) {
        return facilitatorIds.contains(userId);
    }

    /** Reports are due for the months from the start to the end (or today), while the set is not PLANNED. */
    public boolean collectsReports() {
        return status != LearningSetStatus.PLANNED;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public LearningSetKind getKind() {
        return kind;
    }

    public List<Integer> getFocusChallenges() {
        return focusChallenges.isEmpty()
                ? List.of()
                : Arrays.stream(focusChallenges.split(","))
                        .map(Integer::valueOf)
                        .toList();
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LearningSetStatus getStatus() {
        return status;
    }

    public List<String> getMeasureTemplateCodes() {
        return measureTemplateCodes.isEmpty() ? List.of() : List.of(measureTemplateCodes.split(","));
    }

    public Set<UUID> getFacilitatorIds() {
        return Set.copyOf(facilitatorIds);
    }
}
