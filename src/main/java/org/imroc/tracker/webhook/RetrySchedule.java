package org.imroc.tracker.webhook;

import java.time.Duration;
import java.util.List;

/**
 * When a failed event is tried again: after the receiver's Retry-After on 429 and 503 (at most a day), otherwise after
 * the configured step for that attempt (the last step repeats) spread by ±10 % so that receivers that failed together
 * are not retried together.
 *
 * @param steps the wait after the first failed attempt, the second, …
 */
record RetrySchedule(List<Duration> steps) {

    static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

    RetrySchedule {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule needs at least one step");
        }
        steps = List.copyOf(steps);
    }

    /**
     * The wait after failed attempt {@code attempt} (1 for the first).
     *
     * @param spread a number in [0, 1) that picks the wait within ±10 % of the step
     */
    Duration after(int attempt, Integer status, Duration retryAfter, double spread) {
        if (retryAfter != null && status != null && (status == 429 || status == 503)) {
            return retryAfter.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : retryAfter;
        }
        Duration step = steps.get(Math.min(Math.max(attempt, 1), steps.size()) - 1);
        return Duration.ofMillis(Math.max(1, (long) (step.toMillis() * (0.9 + spread * 0.2))));
    }
}
