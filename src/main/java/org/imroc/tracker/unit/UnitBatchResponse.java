package org.imroc.tracker.unit;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.TrustOwned;

/** What a CSV upload of units created: every row, in file order. */
public record UnitBatchResponse(
        @Schema(required = true) UUID trustId,

        @Schema(required = true, minimum = "1", maximum = "500")
        int created,

        @Schema(required = true, maxItems = UnitCsv.MAX_ROWS)
        List<UnitResponse> items)
        implements TrustOwned {}
