package org.imroc.tracker.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.TrustOwned;

/**
 * How many of a Trust's open teams have a current TRIP (Team Recovery Implementation Plan): one whose latest agreed
 * assessment is less than 12 months old; and, per challenge, how many teams a current rating puts at each stage.
 */
public record TripCoverageResponse(
        @Schema(required = true) UUID trustId,

        @Schema(required = true, description = "The day the figures are for (a TRIP is current for 12 months)")
        LocalDate asOf,

        @Schema(required = true, description = "Open units of kind TEAM", minimum = "0", maximum = "100000")
        int openTeams,

        @Schema(
                required = true,
                description = "Open teams whose latest agreed TRIP is less than 12 months old",
                minimum = "0",
                maximum = "100000")
        int teamsWithCurrentTrip,

        @Schema(
                required = true,
                description = "teamsWithCurrentTrip ÷ openTeams × 100, to one decimal (0 with no " + "teams)",
                minimum = "0",
                maximum = "100")
        double percentWithCurrentTrip,

        @Schema(required = true, maxItems = 10) List<ChallengeCoverage> challenges)
        implements TrustOwned {

    /** One challenge: the teams whose current TRIP rates it, by stage. */
    public record ChallengeCoverage(
            @Schema(required = true, minimum = "1", maximum = "10")
            int challengeNumber,

            @Schema(maxLength = 50) String code,

            @Schema(required = true, minimum = "0", maximum = "100000")
            int teamsRated,

            @Schema(required = true, minimum = "0", maximum = "100000")
            int notStarted,

            @Schema(required = true, minimum = "0", maximum = "100000")
            int engagement,

            @Schema(required = true, minimum = "0", maximum = "100000")
            int development,

            @Schema(required = true, minimum = "0", maximum = "100000")
            int transformation) {}
}
