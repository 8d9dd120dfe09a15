package org.imroc.tracker.learningset;

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
import org.imroc.tracker.common.persistence.TrackedEntity;

/**
 * A meeting of a learning set: when, what kind, the agenda and notes, and who came from each member Trust. What
 * each Trust committed to try before the next session are actions of that Trust's plan, linked to the session.
 */
@Entity
@Table(name = "learning_sessions")
public class Session extends TrackedEntity {

    @Column(name = "learning_set_id", nullable = false, updatable = false)
    private UUID learningSetId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private SessionKind kind;

    @Column(length = 20000)
    private String agenda;

    @Column(length = 20000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "learning_session_attendees", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    private List<SessionAttendee> attendees = new ArrayList<>();

    protected Session() {}

    public Session(UUID learningSetId) {
        this.learningSetId = learningSetId;
    }

    public void record(
            LocalDate heldOn, SessionKind kind, String agenda, String notes, List<SessionAttendee> attendees) {
        this.heldOn = heldOn;
        this.kind = kind;
        this.agenda = agenda;
        this.notes = notes;
        if (!this.attendees.equals(attendees)) {
            this.attendees.clear();
            this.attendees.addAll(attendees);
        }
    }

    public UUID getLearningSetId() {
        return learningSetId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public SessionKind getKind() {
        return kind;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getNotes() {
        return notes;
    }

    public List<SessionAttendee> getAttendees() {
        return List.copyOf(attendees);
    }
}
