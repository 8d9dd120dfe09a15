package org.imroc.tracker.learningset;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Trust joining a set. */
public record MemberRequest(
        @NotNull UUID trustId,

        @Schema(description = "Defaults to today (Europe/London); the comparison's trend runs from here")
        LocalDate joinedOn) {}
