package org.imroc.tracker.common.persistence;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What an embedded H2 database on disk needs so that an acknowledged commit survives the process being stopped or
 * killed (decision 0015): every commit written before it is answered ({@code WRITE_DELAY=0}), and the database closed
 * by the service's own shutdown rather than by H2's JVM hook while requests still commit ({@code DB_CLOSE_ON_EXIT=FALSE}).
 * (And an H2 release that keeps them: see the pin in pom.xml.) In-memory databases keep nothing anyway.
 */
public final class H2Durability {

    private H2Durability() {}

    /** Why this H2 URL would lose acknowledged commits, or null when it keeps them (or is not an H2 file URL). */
    public static String problemWith(String url) {
        String lower = url.toLowerCase(Locale.ROOT).replace(" ", "");
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:")) {
            return null;
        }
        if (lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:")) {
            return "a remote H2 server cannot be made to keep every commit from here; use PostgreSQL";
        }
        Map<String, String> settings = new HashMap<>();
        for (String part : lower.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                settings.put(part.substring(0, equals), part.substring(equals + 1));
            }
        }
        if (!"0".equals(settings.get("write_delay"))) {
            return "without WRITE_DELAY=0 H2 acknowledges commits it writes up to half a second later";
        }
        if (!"false".equals(settings.get("db_close_on_exit"))) {
            return "without DB_CLOSE_ON_EXIT=FALSE H2 closes the database during a stop while requests still commit";
        }
        return null;
    }
}
