package org.imroc.tracker.measure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Periods to record, all or none. */
public record ObservationBatchRequest(
        @NotNull @Size(min = 1, max = ObservationBatchRequest.MAX_PERIODS)
        List<@Valid @NotNull ObservationItem> observations) {

    /** The most periods one request records. */
    public static final int MAX_PERIODS = 500;
}
