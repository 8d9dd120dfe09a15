package org.imroc.tracker.user;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Password hashing with bcrypt (cost from tracker.auth.bcrypt-cost, at least 12). */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 72;

    private final int cost;
    private final String decoy;

    public Passwords(@ConfigProperty(name = "tracker.auth.bcrypt-cost", defaultValue = "12") int cost) {
        if (cost < 12) {
            throw new IllegalStateException("tracker.auth.bcrypt-cost must be at least 12");
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
