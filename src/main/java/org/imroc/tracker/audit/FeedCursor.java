package org.imroc.tracker.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.paging.Cursor;

/** A position in the change feed: the sequence number of the last event seen, and when that event happened. */
record FeedCursor(long seq, Instant occurredAt) {

    static final FeedCursor START = new FeedCursor(0, null);

    String encode() {
        String raw = "f1:" + seq + ":" + (occurredAt == null ? "" : occurredAt.toEpochMilli());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static FeedCursor decode(String token) {
        if (token == null || token.isBlank()) {
            return START;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length != 3 || !parts[0].equals("f1")) {
                throw new IllegalArgumentException(token);
            }
            long seq = Long.parseLong(parts[1]);
            if (seq < 0) {
                throw new IllegalArgumentException(token);
            }
            return new FeedCursor(
                    seq,
                    parts[2].isEmpty() ? null : Cursor.requireStorable(Instant.ofEpochMilli(Long.parseLong(parts[2]))));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw ApiException.badParameter("after", "not a cursor returned by the change feed");
        }
    }
}
