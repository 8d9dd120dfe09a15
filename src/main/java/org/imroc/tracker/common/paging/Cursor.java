package org.imroc.tracker.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;

/**
 * A position in a list ordered by creation time and then id. Because both are immutable and every row has a
 * distinct pair, a page that starts after the cursor never skips or repeats a row, whatever is inserted
 * meanwhile. Clients see it only as an opaque string.
 */
public record Cursor(Instant createdAt, UUID id) {

    /** The longest cursor a list hands out (base64 of seconds, nanoseconds and a UUID, with room to spare). */
    public static final int MAX_LENGTH = 200;

    public String encode() {
        String raw = createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The earliest and latest instants a cursor may hold: those both databases (and a calendar date) can store. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 3);
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return new Cursor(requireStorable(at), UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw ApiException.badParameter("cursor", "not a cursor returned by this list");
        }
    }

    /**
     * {@code at}, if a stored row could hold it; a tampered cursor can name any instant Java can, and one outside
     * the calendar years 1 to 9999 fails in date arithmetic or in the database, never to be a 500.
     */
    public static Instant requireStorable(Instant at) {
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new IllegalArgumentException("outside the years 1 to 9999: " + at.getEpochSecond());
        }
        return at;
    }
}
