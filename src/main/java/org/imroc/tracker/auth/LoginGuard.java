package org.imroc.tracker.auth;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.persistence.Contention;

/**
 * Slows password guessing for one username from one client address: every attempt takes one of
 * tracker.auth.max-failures tries before its password is checked (under a row lock, so parallel guesses cannot
 * outrun the count); when none is left the pair is refused with 429 and Retry-After for tracker.auth.lockout,
 * doubling with each lockout up to a day. A right password forgets the pair. Each step commits on its own, so it
 * counts even though the request fails. Idle pairs are purged after a day.
 */
@ApplicationScoped
public class LoginGuard {

    private static final Duration KEEP_IDLE = Duration.ofHours(24);

    private final LoginThrottleRepository throttles;
    private final int maxFailures;
    private final Duration lockout;

    public LoginGuard(LoginThrottleRepository throttles, TrackerConfig config) {
        this.throttles = throttles;
        this.maxFailures = config.auth().maxFailures();
        this.lockout = config.auth().lockout();
    }

    /** The outcome of claiming a try: whether a wrong password now locks the pair. */
    public record Attempt(String username, String clientAddress, boolean locksIfWrong) {}

    /** Takes one try for this username from this address, or refuses (429) while the pair is locked. */
    public Attempt claim(String username, String clientAddress) {
        String name = key(username);
        String address = clientAddress == null ? "unknown" : clientAddress;
        Instant now = Instant.now();
        long[] locked = new long[1];
        boolean locks = Contention.inNewTransaction(() -> {
            LoginThrottle throttle = throttleFor(name, address, now);
            locked[0] = throttle.secondsLocked(now);
            return locked[0] == 0 && throttle.claim(now, maxFailures, lockout);
        });
        if (locked[0] > 0) {
            throw ApiException.tooManyRequests(
                    "Too many failed sign-ins for this username from this address; try " + "again later.", locked[0]);
        }
        return new Attempt(name, address, locks);
    }

    /**
     * The pair's row, locked; made on its first attempt. Creation is serialised by a named lock, so two first
     * attempts at once never both insert (the second finds the first's row).
     */
    private LoginThrottle throttleFor(String username, String address, Instant now) {
        LoginThrottle.Key id = new LoginThrottle.Key(username, address);
        LoginThrottle throttle = throttles.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttles.lockCreation();
            throttle = throttles.findById(id, LockModeType.PESSIMISTIC_WRITE);
        }
        if (throttle == null) {
            throttle = new LoginThrottle(username, address, now);
            throttles.persistAndFlush(throttle);
        }
        return throttle;
    }

    /** The password was right: the pair's attempts and lock are forgotten. */
    public void succeeded(Attempt attempt) {
        Contention.inNewTransaction(() -> {
            LoginThrottle throttle = throttles.findById(
                    new LoginThrottle.Key(attempt.username(), attempt.clientAddress()), LockModeType.PESSIMISTIC_WRITE);
            if (throttle != null) {
                throttle.succeeded();
            }
            return throttle;
        });
    }

    @Scheduled(
            every = "${tracker.auth.purge-every}",
            delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeIdle() {
        Instant now = Instant.now();
        long removed =
                QuarkusTransaction.requiringNew().call(() -> throttles.deleteIdleSince(now.minus(KEEP_IDLE), now));
        if (removed > 0) {
            Log.infof("Forgot %d idle sign-in throttles", removed);
        }
    }

    static String key(String username) {
        String normalised = username == null ? "" : username.trim().toLowerCase();
        return normalised.length() > 200 ? normalised.substring(0, 200) : normalised;
    }
}
