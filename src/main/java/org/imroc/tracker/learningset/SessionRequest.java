package org.imroc.tracker.learningset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A session as a facilitator records it, with what each Trust committed to try before the next. */
public record SessionRequest(
        @NotNull LocalDate heldOn,
        @NotNull SessionKind kind,
        @Size(max = 20000) String agenda,
        @Size(max = 20000) String notes,
        @Size(max = LearningSet.MAX_MEMBERS) List<@Valid @NotNull AttendanceItem> attendance,
        @Size(max = 200) List<@Valid @NotNull CommitmentItem> commitments) {

    public SessionRequest {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
}
