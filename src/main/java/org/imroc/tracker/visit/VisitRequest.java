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

/** A site visit as a consultant logs it, with the actions agreed during it. */
public record VisitRequest(
        @NotNull LocalDate visitedOn,
        @NotNull VisitType type,
        @Schema(description = "Defaults to PLANNED") VisitStatus status,

        @Schema(description = "The consultant who made the visit; defaults to the caller")
        UUID consultantId,

        @Size(max = 50) List<@Valid AttendeeItem> attendees,
        @Size(max = 10) List<@NotNull @Min(1) @Max(10) Integer> challengesDiscussed,
        @Size(max = 20000) String summary,

        @Size(max = 50) @Schema(description = "Created as actions of the Trust, linked to this visit, with it")
        List<@Valid AgreedActionDraft> agreedActions,

        @Schema(
                description = "The unit of the Trust visited (a site, service, ward or team): an open unit of the same "
                        + "Trust; the actions agreed at the visit are put on it too")
        UUID unitId) {

    public VisitRequest {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        challengesDiscussed = challengesDiscussed == null ? List.of() : List.copyOf(challengesDiscussed);
        agreedActions = agreedActions == null ? List.of() : List.copyOf(agreedActions);
    }
}
