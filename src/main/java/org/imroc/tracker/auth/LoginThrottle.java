package org.imroc.tracker.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Sign-in attempts for one username from one client address. Each attempt is counted before the password is
 * checked, so parallel guesses spend the budget one by one; after too many failures the pair is locked for a
 * while, longer each time (a progressive delay), whatever password is tried. Keyed by the address too, so a
 * stranger's guesses do not lock the owner out. Kept in the database, so it holds on every instance.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** The longest a pair is ever locked, however often it was locked before. */
    static final Duration LONGEST_LOCK = Duration.ofHours(24);

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private int lockouts;

    @Column(name = "last_attempt_at", nullable = false)
    private Instant lastAttemptAt;

    protected LoginThrottle() {}

    public LoginThrottle(String username, String clientAddress, Instant now) {
        this.key = new Key(username, clientAddress);
        this.windowStartedAt = now;
        this.lastAttemptAt = now;
    }

    /** Seconds until the lock ends, or 0 when sign-in may be attempted. */
    public long secondsLocked(Instant now) {
        return lockedUntil == null || !now.isBefore(lockedUntil)
                ? 0
                : Math.max(1, Duration.between(now, lockedUntil).toSeconds());
    }

    /**
     * Counts an attempt that is about to be judged. The attempt that uses the last try locks the pair at once (the
     * lock is lifted again if it proves right, by {@link #succeeded}), so no attempt after it is judged. Returns
     * true when this attempt, if wrong, is the one that locks.
     */
    public boolean claim(Instant now, int maxFailures, Duration window) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            attempts = 0;
            windowStartedAt = now;
        }
        if (windowStartedAt.plus(window).isBefore(now)) {
            windowStartedAt = now;
            attempts = 0;
        }
        lastAttemptAt = now;
        attempts++;
        if (attempts < maxFailures) {
            return false;
        }
        Duration lock = window.multipliedBy(1L << Math.min(lockouts, 10));
        lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        lockouts++;
        attempts = 0;
        windowStartedAt = now;
        return true;
    }

    /** A right password: the attempts and any lock this pair earned are forgotten. */
    public void succeeded() {
        attempts = 0;
        lockedUntil = null;
        lockouts = 0;
    }

    public int getAttempts() {
        return attempts;
    }

    /** A username (lower case, as typed) and the address it was tried from. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(nullable = false, length = 200)
        private String username;

        @Column(name = "client_address", nullable = false, length = 64)
        private String clientAddress;

        protected Key() {}

        public Key(String username, String clientAddress) {
            this.username = username;
            this.clientAddress = clientAddress;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other
                    && username.equals(other.username)
                    && clientAddress.equals(other.clientAddress);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, clientAddress);
        }
    }
}
