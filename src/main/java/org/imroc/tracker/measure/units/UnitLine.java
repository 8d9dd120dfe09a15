package org.imroc.tracker.measure.units;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.measure.MeasureSummary;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.VariationIcon;

/** One unit's line of a measure recorded by unit: its latest figure and Making Data Count's icons for its series. */
@Schema(name = "MeasureUnitLine")
public record UnitLine(
        @Schema(required = true) UUID unitId,
        @Schema(maxLength = 200) String name,

        @Schema(description = "False once the unit has closed (its history stays)", required = true)
        boolean open,

        @Schema(minimum = "0", maximum = "100000", required = true)
        int points,

        @Schema(maxLength = 8) String latestPeriod,
        BigDecimal latestValue,
        VariationIcon variationIcon,

        @Schema(description = "Null without a target or with a NEUTRAL direction")
        AssuranceIcon assuranceIcon,

        @Schema(description = "The latest limits rest on fewer than 13 points")
        Boolean limitsAreTrial) {

    static UnitLine of(UnitSeries.Span unit, MeasureSummary s) {
        return new UnitLine(
                unit.id(),
                unit.name(),
                unit.closedOn() == null,
                s.points(),
                s.latestPeriod(),
                Decimals.plain(s.latestValue()),
                s.variationIcon(),
                s.assuranceIcon(),
                s.trialLimits());
    }
}
