package org.imroc.tracker.measure;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.paging.Cursor;
import org.imroc.tracker.common.paging.PageRequest;

/** A page of observations in period order (documents the JSON shape of a list that can also answer CSV). */
public record ObservationPage(
        @Schema(maxItems = PageRequest.MAX_LIMIT) List<ObservationResponse> items,

        @Schema(
                description = "Opaque cursor for the next page; null when this is the last page",
                maxLength = Cursor.MAX_LENGTH)
        String nextCursor) {}
