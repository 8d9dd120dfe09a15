package org.imroc.tracker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sign-in throttle's rules on its entity, checked without starting the service. */
class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void theAttemptThatUsesTheLastTryLocksBeforeItIsJudged() {
        LoginThrottle throttle = new LoginThrottle("jo", "203.0.113.1", START);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.claim(START.plusSeconds(i), 5, WINDOW))
                    .as("try " + (i + 1))
                    .isFalse();
            assertThat(throttle.secondsLocked(START.plusSeconds(i))).isZero();
        }
        assertThat(throttle.claim(START.plusSeconds(10), 5, WINDOW))
                .as("the fifth try locks if wrong")
                .isTrue();
        assertThat(throttle.secondsLocked(START.plusSeconds(10))).isEqualTo(WINDOW.toSeconds());
        assertThat(throttle.secondsLocked(START.plusSeconds(10).plus(WINDOW))).isZero();
    }

    @Test
    void eachLockoutIsTwiceAsLongAsTheOneBefore() {
        LoginThrottle throttle = new LoginThrottle("jo", "203.0.113.1", START);
        Instant now = START;
        for (int lockout = 0; lockout < 3; lockout++) {
            for (int i = 0; i < 5; i++) {
                throttle.claim(now, 5, WINDOW);
            }
            long expected = WINDOW.multipliedBy(1L << lockout).toSeconds();
            assertThat(throttle.secondsLocked(now))
                    .as("lockout " + (lockout + 1))
                    .isEqualTo(expected);
            now = now.plusSeconds(expected);
        }
    }

    @Test
    void aRightPasswordForgetsTheAttemptsAndTheLock() {
        LoginThrottle throttle = new LoginThrottle("jo", "203.0.113.1", START);
        for (int i = 0; i < 5; i++) {
            throttle.claim(START, 5, WINDOW);
        }
        throttle.succeeded();
        assertThat(throttle.secondsLocked(START)).isZero();
        assertThat(throttle.claim(START, 5, WINDOW)).isFalse();
        assertThat(throttle.getAttempts()).isEqualTo(1);
    }

    @Test
    void failuresOutsideTheWindowStartAgain() {
        LoginThrottle throttle = new LoginThrottle("jo", "203.0.113.1", START);
        for (int i = 0; i < 4; i++) {
            throttle.claim(START, 5, WINDOW);
        }
        Instant later = START.plus(WINDOW).plusSeconds(1);
        assertThat(throttle.claim(later, 5, WINDOW)).isFalse();
        assertThat(throttle.secondsLocked(later)).isZero();
        assertThat(throttle.getAttempts()).isEqualTo(1);
    }
}
