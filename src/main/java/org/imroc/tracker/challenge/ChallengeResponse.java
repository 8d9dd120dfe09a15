package org.imroc.tracker.challenge;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ChallengeResponse(
        @Schema(minimum = "1", maximum = "10", examples = "3", required = true)
        int number,

        @Schema(examples = "recovery-college", maxLength = 50, pattern = "^[a-z-]+$")
        String code,

        @Schema(
                maxLength = 300,
                examples = "Establishing a Recovery College to drive the programmes forward using a "
                        + "co-produced, educational model")
        String title,

        @Schema(maxLength = 2000) String description,

        @Schema(description = "The stage scale every challenge is rated on, lowest first", maxItems = 4)
        List<StageResponse> stages) {

    private static final List<StageResponse> SCALE =
            Arrays.stream(Stage.values()).map(StageResponse::from).toList();

    static ChallengeResponse from(Challenge challenge) {
        return new ChallengeResponse(
                challenge.getNumber(), challenge.getCode(), challenge.getTitle(), challenge.getDescription(), SCALE);
    }
}
