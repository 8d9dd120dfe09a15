package org.imroc.tracker.user;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.imroc.tracker.common.config.TrackerConfig;

/**
 * Password hashing with bcrypt at tracker.auth.bcrypt-cost. The packaged service refuses a cost below 12; tests and
 * dev mode may use less, since hashing at production cost is most of a test suite's time.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 72;
    /** The lowest cost the packaged (production) service accepts. */
    static final int MIN_PRODUCTION_COST = 12;

    private final int cost;
    private final String decoy;

    @Inject
    public Passwords(TrackerConfig config) {
        this(config.auth().bcryptCost(), LaunchMode.current());
    }

    Passwords(int cost, LaunchMode mode) {
        if (mode == LaunchMode.NORMAL && cost < MIN_PRODUCTION_COST) {
            throw new IllegalStateException("tracker.auth.bcrypt-cost must be at least " + MIN_PRODUCTION_COST
                    + " (it is " + cost + ")");
        }
        this.cost = cost;
        this.decoy = BcryptUtil.bcryptHash("decoy password for unknown users", cost);
    }
    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        return password != null && BcryptUtil.matches(password, hash);
    }

    /** Spends the same time as a real check, so an unknown username cannot be told from a wrong password. */
    public void spendEquivalentTime(String password) {
        BcryptUtil.matches(password == null ? "" : password, decoy);
    }
}
