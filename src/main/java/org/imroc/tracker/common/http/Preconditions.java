package org.imroc.tracker.common.http;

import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;

/**
 * Conditional requests on versioned resources (RFC 9110 section 13). A resource's strong ETag is its
 * {@code @Version} in quotes. Writes to an existing resource must say which version they change.
 */
public final class Preconditions {

    private Preconditions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks If-Match against the current version: missing → 428, not matching → 412. {@code *} matches any
     * current version.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(
                    ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag of the version you are changing.");
        }
        if (!matches(ifMatch, etag(currentVersion), false)) {
            throw new ApiException(
                    ProblemType.PRECONDITION_FAILED,
                    "The resource has changed since you read it (current ETag " + etag(currentVersion)
                            + "); read it again and retry.");
        }
    }

    /** True when If-None-Match names the current version, so a GET can answer 304. */
    public static boolean notModified(String ifNoneMatch, long currentVersion) {
        return notModified(ifNoneMatch, etag(currentVersion));
    }

    /** True when If-None-Match names this entity tag (weak comparison, RFC 9110 13.1.2). */
    public static boolean notModified(String ifNoneMatch, String currentTag) {
        return ifNoneMatch != null && matches(ifNoneMatch, currentTag, true);
    }

    private static boolean matches(String header, String current, boolean weakAllowed) {
        for (String raw : header.split(",")) {
            String tag = raw.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                if (!weakAllowed) {
                    continue;
                }
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
