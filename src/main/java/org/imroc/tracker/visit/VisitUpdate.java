package org.imroc.tracker.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The editable form of a visit, which a merge patch is applied to (more actions go through the actions API; the
 * status changes through POST /api/v1/visits/{visitId}/transitions).
 */
public record VisitUpdate(
        @NotNull LocalDate visitedOn,
        @NotNull VisitType type,
        @NotNull UUID consultantId,
        @Size(max = 50) List<@Valid AttendeeItem> attendees,
        @Size(max = 10) List<@NotNull @Min(1) @Max(10) Integer> challengesDiscussed,
        @Size(max = 20000) String summary,

        @Schema(
                description = "The unit of the Trust visited: an open unit of the same Trust, or the unit it is on "
                        + "even if closed since; null for none")
        UUID unitId) {

    public VisitUpdate {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        challengesDiscussed = challengesDiscussed == null ? List.of() : List.copyOf(challengesDiscussed);
    }

    static VisitUpdate from(Visit visit) {
        return new VisitUpdate(
                visit.getVisitedOn(),
                visit.getType(),
                visit.getConsultantId(),
                visit.getAttendees().stream()
                        .map(a -> new AttendeeItem(a.getName(), a.getRole()))
                        .toList(),
                visit.getChallengesDiscussed(),
                visit.getSummary(),
                visit.getUnitId());
    }
}
