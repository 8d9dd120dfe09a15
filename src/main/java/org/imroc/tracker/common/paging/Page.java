package org.imroc.tracker.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items and the cursor of the next page, null on the last page. */
public record Page<T>(
        @Schema(maxItems = PageRequest.MAX_LIMIT) List<T> items,

        @Schema(
                description = "Opaque cursor for the next page; null when this is the last page",
                maxLength = Cursor.MAX_LENGTH)
        String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
