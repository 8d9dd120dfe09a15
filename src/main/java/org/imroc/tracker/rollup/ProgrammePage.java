package org.imroc.tracker.rollup;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.paging.Cursor;
import org.imroc.tracker.common.paging.PageRequest;

public record ProgrammePage(
        @Schema(maxItems = PageRequest.MAX_LIMIT) List<ProgrammeRowResponse> items,

        @Schema(
                description = "Opaque cursor for the next page; null when this is the last page",
                maxLength = Cursor.MAX_LENGTH)
        String nextCursor) {}
