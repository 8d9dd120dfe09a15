package org.imroc.tracker.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins for one username within a window. After too many, the username is locked for a while, whatever
 * password is tried, so guessing is slow on every instance. Kept in the database, not in memory, because the
 * service runs as several stateless instances.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(nullable = false, length = 200)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String username, Instant now) {
        this.username = username;
        this.windowStartedAt = now;
    }

    /** Seconds until the lock ends, or 0 when sign-in may be attempted. */
    public long secondsLocked(Instant now) {
        return lockedUntil == null || !now.isBefore(lockedUntil) ? 0
                : Math.max(1, Duration.between(now, lockedUntil).toSeconds());
    }

    public void recordFailure(Instant now, int maxFailures, Duration window) {
        if (windowStartedAt.plus(window).isBefore(now)) {
            windowStartedAt = now;
            failures = 0;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(window);
            failures = 0;
            windowStartedAt = now;
        }
    }
}
