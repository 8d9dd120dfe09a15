package org.imroc.tracker.common.paging;

import java.util.List;
import java.util.function.Function;
import org.imroc.tracker.common.error.ApiException;

/** The page a client asked for: at most {@code limit} items after {@code after} (null for the first page). */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.badParameter("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }

    /** Rows to fetch: one more than the limit, to learn whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    /** Cuts a fetch of {@link #fetchSize()} rows into a page. */
    public <E, R> Page<R> toPage(List<E> rows, Function<E, Cursor> cursorOf, Function<E, R> mapper) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(mapper).toList(), next);
    }
}
