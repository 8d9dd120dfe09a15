package org.imroc.tracker.challenge;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The challenge list (documents the JSON shape of a list sent pre-serialised). */
public record ChallengePage(
        @Schema(maxItems = 10) List<ChallengeResponse> items,

        @Schema(description = "Always null: the 10 challenges are one page", maxLength = 200)
        String nextCursor) {}
