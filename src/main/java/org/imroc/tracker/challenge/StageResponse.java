package org.imroc.tracker.challenge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of the stage scale, as shown with every challenge. */
public record StageResponse(
        Stage stage,

        @Schema(minimum = "0", maximum = "3", required = true)
        int level,

        @Schema(maxLength = 50) String label,
        @Schema(maxLength = 200) String meaning) {

    static StageResponse from(Stage stage) {
        return new StageResponse(stage, stage.level(), stage.label(), stage.meaning());
    }
}
