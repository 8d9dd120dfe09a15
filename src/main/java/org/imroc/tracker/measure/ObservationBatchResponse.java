package org.imroc.tracker.measure;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.TrustOwned;

/** What a batch did: how many periods were recorded and how many already held exactly these figures. */
public record ObservationBatchResponse(
        UUID measureId,

        @Schema(required = true, description = "The Trust whose measure it is")
        UUID trustId,

        @Schema(minimum = "0", maximum = "500", required = true)
        int recorded,

        @Schema(
                description = "Periods that already held these figures: a safe retry",
                minimum = "0",
                maximum = "500",
                required = true)
        int unchanged,

        @Schema(maxItems = ObservationBatchRequest.MAX_PERIODS)
        List<ObservationResponse> items)
        implements TrustOwned {}
