package org.imroc.tracker.measure;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a batch did: how many periods were recorded and how many already held exactly these figures. */
public record ObservationBatchResponse(
        UUID measureId,
        @Schema(minimum = "0", maximum = "500") int recorded,
        @Schema(description = "Periods that already held these figures: a safe retry", minimum = "0", maximum = "500")
        int unchanged,
        @Schema(maxItems = ObservationBatchRequest.MAX_PERIODS) List<ObservationResponse> items) {
}
