package org.imroc.tracker.visit;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.common.lifecycle.Transitions;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;
import org.imroc.tracker.common.write.UnitPlaced;

/**
 * An ImROC consultant's site visit to a Trust: when, what kind, who attended, which challenges were discussed, the
 * notes, and (through actions linked to it) what was agreed. It is logged in any status (a past visit is logged
 * COMPLETED); afterwards the status changes only through {@link #moveTo}, along the {@link #NEXT} table.
 */
@Entity
@Table(name = "visits")
public class Visit extends TrustOwnedEntity implements UnitPlaced {

    /**
     * A planned visit takes place or is called off; a cancelled one may be booked again, and one recorded as
     * completed by mistake may go back to the diary.
     */
    static final Transitions<VisitStatus> NEXT = Transitions.of(
            "A visit",
            VisitStatus.class,
            Map.of(
                    VisitStatus.PLANNED, Set.of(VisitStatus.COMPLETED, VisitStatus.CANCELLED),
                    VisitStatus.COMPLETED, Set.of(VisitStatus.PLANNED),
                    VisitStatus.CANCELLED, Set.of(VisitStatus.PLANNED)));

    /** The unit of the Trust it belongs to (a site, service, ward or team); null for the Trust as a whole. */
    @Column(name = "unit_id")
    private UUID unitId;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private VisitType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private VisitStatus status = VisitStatus.PLANNED;

    @Column(name = "consultant_id", nullable = false)
    private UUID consultantId;

    /** Challenge numbers, comma-separated in ascending order ("1,4,6"). */
    @Column(name = "challenges_discussed", nullable = false, length = 40)
    private String challengesDiscussed = "";

    @Column(length = 20000)
    private String summary;

    @ElementCollection
    @CollectionTable(name = "visit_attendees", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    private List<VisitAttendee> attendees = new ArrayList<>();

    protected Visit() {}

    /** A visit as it is logged: PLANNED when no status is given. */
    public Visit(UUID trustId, VisitStatus status) {
        super(trustId);
        this.status = status == null ? VisitStatus.PLANNED : status;
    }

    /** Changes the status along {@link #NEXT}; any other move is refused (409) naming the moves allowed. */
    public void moveTo(VisitStatus target) {
        NEXT.check(status, target);
        status = target;
    }

    public void record(
            LocalDate visitedOn,
            VisitType type,
            UUID consultantId,
            List<Integer> challengesDiscussed,
            String summary,
            List<VisitAttendee> attendees) {
        this.visitedOn = visitedOn;
        this.type = type;
        this.consultantId = consultantId;
        this.challengesDiscussed = challengesDiscussed.stream()
                .distinct()
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining(","));
        this.summary = summary;
        if (!this.attendees.equals(attendees)) {
            this.attendees.clear();
            this.attendees.addAll(attendees);
        }
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public VisitType getType() {
        return type;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public UUID getConsultantId() {
        return consultantId;
    }

    public List<Integer> getChallengesDiscussed() {
        return challengesDiscussed.isEmpty()
                ? List.of()
                : Arrays.stream(challengesDiscussed.split(","))
                        .map(Integer::valueOf)
                        .toList();
    }

    public String getSummary() {
        return summary;
    }

    public List<VisitAttendee> getAttendees() {
        return List.copyOf(attendees);
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
