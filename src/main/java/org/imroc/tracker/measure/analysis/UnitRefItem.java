package org.imroc.tracker.measure.analysis;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit, named. */
@Schema(name = "UnitRef")
public record UnitRefItem(
        @Schema(required = true) UUID unitId,
        @Schema(maxLength = 200) String name) {}
