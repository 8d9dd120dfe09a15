package org.imroc.tracker.common.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * A request budget: {@code quota} requests per {@code window}, refilled at once when the window ends. Three are in
 * use: ANONYMOUS per client address (requests without credentials: signing in, mostly), READS and WRITES per caller.
 */
record RatePolicy(String name, long quota, Duration window) {

    Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(quota)
                        .refillIntervally(quota, window)
                        .build())
                .build();
    }

    /** The RateLimit-Policy header value (draft-ietf-httpapi-ratelimit-headers: a structured list item). */
    String header() {
        return "\"" + name + "\";q=" + quota + ";w=" + window.toSeconds();
    }

    /** The RateLimit header value: what remains of this policy's quota, and seconds until it resets. */
    String remaining(long remaining, long secondsToReset) {
        return "\"" + name + "\";r=" + remaining + ";t=" + secondsToReset;
    }
}
