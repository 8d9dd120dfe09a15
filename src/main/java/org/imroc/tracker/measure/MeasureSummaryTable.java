package org.imroc.tracker.measure;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every measure of a Trust with its latest value and SPC icons: a board's dashboard in one call. */
public record MeasureSummaryTable(
        UUID trustId,
        @Schema(maxItems = Measure.MAX_PER_TRUST) List<MeasureSummaryRow> items) {}
