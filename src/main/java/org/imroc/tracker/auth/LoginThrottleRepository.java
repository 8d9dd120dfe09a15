package org.imroc.tracker.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class LoginThrottleRepository implements PanacheRepositoryBase<LoginThrottle, LoginThrottle.Key> {

    /** Forgets pairs with no attempt since {@code cutoff} whose lock, if any, has ended. */
    public long deleteIdleSince(Instant cutoff, Instant now) {
        return delete("lastAttemptAt < ?1 and (lockedUntil is null or lockedUntil < ?2)", cutoff, now);
    }
}
