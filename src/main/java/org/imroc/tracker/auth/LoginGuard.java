package org.imroc.tracker.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.config.TrackerConfig;

/**
 * Slows down password guessing: after tracker.auth.max-failures failed attempts for one username within
 * tracker.auth.lockout, that username is refused with 429 and Retry-After until the lockout ends. Each record is
 * written in its own transaction so it counts even though the request itself fails.
 */
@ApplicationScoped
public class LoginGuard {

    private final LoginThrottleRepository throttles;
    private final int maxFailures;
    private final Duration lockout;

    public LoginGuard(LoginThrottleRepository throttles, TrackerConfig config) {
        this.throttles = throttles;
        this.maxFailures = config.auth().maxFailures();
        this.lockout = config.auth().lockout();
    }

    public void requireNotLocked(String username) {
        long seconds = QuarkusTransaction.requiringNew().call(() -> {
            LoginThrottle throttle = throttles.findById(key(username));
            return throttle == null ? 0L : throttle.secondsLocked(Instant.now());
        });
        if (seconds > 0) {
            throw ApiException.tooManyRequests("Too many failed sign-ins for this username; try again later.", seconds);
        }
    }

    public void recordFailure(String username) {
        try {
            countFailure(username);
        } catch (RuntimeException firstFailureRace) {
            // Another request created the row for this username at the same moment; count on that row.
            countFailure(username);
        }
    }

    private void countFailure(String username) {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Instant.now();
            LoginThrottle throttle = throttles.findById(key(username), LockModeType.PESSIMISTIC_WRITE);
            if (throttle == null) {
                throttle = new LoginThrottle(key(username), now);
                throttles.persist(throttle);
            }
            throttle.recordFailure(now, maxFailures, lockout);
        });
    }

    public void reset(String username) {
        QuarkusTransaction.requiringNew().run(() -> throttles.deleteById(key(username)));
    }

    private static String key(String username) {
        String normalised = username == null ? "" : username.trim().toLowerCase();
        return normalised.length() > 200 ? normalised.substring(0, 200) : normalised;
    }
}
