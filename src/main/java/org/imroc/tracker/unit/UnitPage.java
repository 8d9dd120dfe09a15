package org.imroc.tracker.unit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.paging.Cursor;
import org.imroc.tracker.common.paging.PageRequest;

/** A page of units (documents the JSON shape of the unit list, which can also answer CSV). */
public record UnitPage(
        @Schema(maxItems = PageRequest.MAX_LIMIT) List<UnitResponse> items,

        @Schema(
                description = "Opaque cursor for the next page; null when this is the last page",
                maxLength = Cursor.MAX_LENGTH)
        String nextCursor) {}
