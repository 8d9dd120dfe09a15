package org.imroc.tracker.learningset;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member as the caller may see it: named, with its id and measures, when the caller runs the set or has the Trust
 * in scope; otherwise its pseudonym alone ({@code trustId} and {@code measureIds} absent).
 */
public record MemberResponse(
        @Schema(description = "The Trust's name, or its pseudonym in this set (\"Trust B\")", maxLength = 200)
        String label,

        @Schema(description = "Absent for a pseudonymised member")
        UUID trustId,

        @Schema(description = "The same letter for ever within the set", maxLength = 20)
        String pseudonym,

        LocalDate joinedOn,
        @Schema(description = "Set when the Trust has left") LocalDate leftOn,

        @Schema(
                description = "The Trust's measure for each of the set's templates (absent when pseudonymised)",
                maxItems = 20)
        List<SharedMeasureLink> measures) {

    /** Which of the Trust's measures reports a template of the set. */
    public record SharedMeasureLink(@Schema(maxLength = 50) String templateCode, UUID measureId) {}
}
