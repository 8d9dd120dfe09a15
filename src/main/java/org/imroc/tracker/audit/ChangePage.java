package org.imroc.tracker.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.paging.Cursor;
import org.imroc.tracker.common.paging.PageRequest;

/** A page of the change feed. Unlike other lists, nextCursor is never null: it is where to poll from next. */
public record ChangePage(
        @Schema(maxItems = PageRequest.MAX_LIMIT) List<ChangeResponse> items,

        @Schema(
                description = "Pass as 'after' in the next poll; never null. Empty items mean you are up to date.",
                maxLength = Cursor.MAX_LENGTH)
        String nextCursor) {}
