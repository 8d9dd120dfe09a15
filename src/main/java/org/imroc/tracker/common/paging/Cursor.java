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

    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 3);
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return new Cursor(at, UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw ApiException.badParameter("cursor", "not a cursor returned by this list");
        }
    }
}
