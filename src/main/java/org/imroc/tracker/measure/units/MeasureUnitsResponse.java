package org.imroc.tracker.measure.units;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.Aggregation;
import org.imroc.tracker.measure.RecordedBy;

/**
 * A measure recorded by unit, unit by unit: each unit's latest figure and icons, in the units' tree order (never
 * ranked). Empty for a measure recorded by the Trust.
 */
@Schema(name = "MeasureUnits")
public record MeasureUnitsResponse(
        @Schema(required = true) UUID measureId,
        @Schema(required = true) UUID trustId,
        @Schema(maxLength = 200) String name,
        @Schema(maxLength = 50) String unit,
        RecordedBy recordedBy,
        Aggregation aggregation,

        @Schema(description = "Every unit that has recorded the measure, in tree order", maxItems = 1000)
        List<UnitLines.Line> items) {}
