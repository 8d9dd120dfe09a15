package org.imroc.tracker.webhook;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Deliver again every change after a change-feed cursor (absent: from the feed's start). */
public record ReplayRequest(
        @Size(max = 200)
        @Pattern(regexp = "^[A-Za-z0-9_-]*$")
        @Schema(description = "A cursor from the change feed or a delivery's data.cursor")
        String after) {}
