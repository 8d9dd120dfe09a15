package org.imroc.tracker.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class LoginThrottleRepository implements PanacheRepositoryBase<LoginThrottle, LoginThrottle.Key> {

    /** Holds the lock that serialises making a pair's first row, until the transaction ends. */
    void lockCreation() {
        getEntityManager()
                .createNativeQuery("select name from named_locks where name = 'login-throttle' for update")
                .getResultList();
    }

    /** Forgets pairs with no attempt since {@code cutoff} whose lock, if any, has ended. */
    public long deleteIdleSince(Instant cutoff, Instant now) {
        return delete("lastAttemptAt < ?1 and (lockedUntil is null or lockedUntil < ?2)", cutoff, now);
    }
}
