package org.imroc.tracker.measure.analysis;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Trust figure of a measure recorded by unit that some expected units did not report to. */
@Schema(name = "IncompletePeriod")
public record IncompletePeriodItem(
        @Schema(maxLength = 8, examples = "2025-03") String period,

        @Schema(description = "The units expected that did not report, by name", maxItems = 1000)
        List<UnitRefItem> missingUnits) {}
