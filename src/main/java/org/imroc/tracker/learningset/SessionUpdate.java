package org.imroc.tracker.learningset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The editable form of a session (more commitments go through {@code POST /api/v1/sessions/{id}/commitments}). */
public record SessionUpdate(
        @NotNull LocalDate heldOn,
        @NotNull SessionKind kind,
        @Size(max = 20000) String agenda,
        @Size(max = 20000) String notes,
        @Size(max = LearningSet.MAX_MEMBERS) List<@Valid @NotNull AttendanceItem> attendance) {

    public SessionUpdate {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
    }

    static SessionUpdate from(Session session) {
        Map<UUID, List<AttendanceItem.Person>> byTrust = new LinkedHashMap<>();
        for (SessionAttendee a : session.getAttendees()) {
            byTrust.computeIfAbsent(a.getTrustId(), t -> new ArrayList<>())
                    .add(new AttendanceItem.Person(a.getName(), a.getRole()));
        }
        return new SessionUpdate(
                session.getHeldOn(),
                session.getKind(),
                session.getAgenda(),
                session.getNotes(),
                byTrust.entrySet().stream()
                        .map(e -> new AttendanceItem(e.getKey(), e.getValue()))
                        .toList());
    }
}
