package org.imroc.tracker.learningset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.action.ActionStatus;
import org.imroc.tracker.common.http.Identified;

/**
 * A session as the caller may see it. Attendance and commitments of a Trust the caller may not see by name show its
 * pseudonym and a count of attendees only; its commitments are counted in the totals, never listed.
 */
public record SessionResponse(
        @Schema(required = true) UUID id,
        UUID learningSetId,
        LocalDate heldOn,
        SessionKind kind,
        String agenda,
        String notes,
        @Schema(maxItems = LearningSet.MAX_MEMBERS) List<Attendance> attendance,
        @Schema(maxItems = 1000) List<Commitment> commitments,

        @Schema(
                description = "Every commitment made at the session, whether listed or not",
                minimum = "0",
                maximum = "100000",
                required = true)
        int commitmentCount,

        @Schema(
                description = "How many were DONE by the day of the set's next session; absent until there is one",
                minimum = "0",
                maximum = "100000")
        Integer doneByNextSession,

        @Schema(description = "The day of the set's next session, by which commitments are judged")
        LocalDate nextSessionOn,

        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified {

    /** Who came from one Trust; {@code attendees} and {@code trustId} are absent for a pseudonymised Trust. */
    @Schema(name = "SessionAttendance")
    public record Attendance(
            @Schema(maxLength = 200) String label,
            UUID trustId,
            @Schema(maxItems = 30) List<AttendanceItem.Person> attendees,

            @Schema(minimum = "0", maximum = "1000", required = true)
            int attendeeCount) {}

    /** A commitment and the action it became in the Trust's plan. */
    @Schema(name = "SessionCommitment")
    public record Commitment(
            @Schema(maxLength = 200) String label,
            UUID trustId,
            UUID actionId,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 200) String owner,
            LocalDate dueOn,
            ActionStatus status,
            LocalDate completedOn,

            @Schema(description = "DONE on or before the next session's day; absent until there is a next session")
            Boolean doneByNextSession) {}
}
