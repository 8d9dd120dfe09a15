package org.imroc.tracker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sign-in throttle's rules on its entity, checked without starting the service. */
class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Test
    void throttleLocksAfterTheFifthFailureWithinTheWindow() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        LoginThrottle throttle = new LoginThrottle("jo", start);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(start.plusSeconds(i), 5, WINDOW);
            assertThat(throttle.secondsLocked(start.plusSeconds(i))).isZero();
        }
        throttle.recordFailure(start.plusSeconds(10), 5, WINDOW);
        assertThat(throttle.secondsLocked(start.plusSeconds(10))).isEqualTo(WINDOW.toSeconds());
        assertThat(throttle.secondsLocked(start.plusSeconds(10).plus(WINDOW))).isZero();
    }

    @Test
    void failuresOutsideTheWindowStartAgain() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        LoginThrottle throttle = new LoginThrottle("jo", start);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(start, 5, WINDOW);
        }
        Instant later = start.plus(WINDOW).plusSeconds(1);
        throttle.recordFailure(later, 5, WINDOW);
        assertThat(throttle.secondsLocked(later)).isZero();
    }
}
