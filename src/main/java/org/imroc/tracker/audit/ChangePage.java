package org.imroc.tracker.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed. Unlike other lists, nextCursor is never null: it is where to poll from next. */
public record ChangePage(
        List<ChangeResponse> items,
        @Schema(description = "Pass as 'after' in the next poll; never null. Empty items mean you are up to date.")
        String nextCursor) {
}
