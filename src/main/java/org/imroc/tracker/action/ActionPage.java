package org.imroc.tracker.action;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.paging.Cursor;
import org.imroc.tracker.common.paging.PageRequest;

/** A page of actions (documents the JSON shape of the action list, which can also answer CSV). */
public record ActionPage(
        @Schema(maxItems = PageRequest.MAX_LIMIT) List<ActionResponse> items,

        @Schema(
                description = "Opaque cursor for the next page; null when this is the last page",
                maxLength = Cursor.MAX_LENGTH)
        String nextCursor) {}
