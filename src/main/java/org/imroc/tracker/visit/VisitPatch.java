package org.imroc.tracker.visit;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract of a visit merge patch; the server applies it to {@link VisitUpdate} and validates the result. */
@Schema(description = "JSON Merge Patch of a visit: send only the fields to change")
public record VisitPatch(
        LocalDate visitedOn,
        VisitType type,
        VisitStatus status,
        UUID consultantId,
        @Size(max = 50) List<AttendeeItem> attendees,
        @Size(max = 10) List<Integer> challengesDiscussed,
        @Size(max = 20000) String summary) {
}
