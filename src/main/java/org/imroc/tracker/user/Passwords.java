package org.imroc.tracker.user;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.imroc.tracker.common.config.TrackerConfig;

/**
 * Password hashing with bcrypt at tracker.auth.bcrypt-cost. The packaged service refuses a cost below 12; tests and
 * dev mode may use less, since hashing at production cost is most of a test suite's time. bcrypt reads only the first
 * 72 bytes of a password, so every character counts only if a password is at most 72 bytes in UTF-8: longer ones are
 * never hashed and never match (decision 0017).
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 72;
    /** What bcrypt reads of a password: its first 72 bytes (UTF-8); {@link #MAX_LENGTH} characters may be more. */
    public static final int MAX_BYTES = 72;
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
            throw new IllegalStateException(
                    "tracker.auth.bcrypt-cost must be at least " + MIN_PRODUCTION_COST + " (it is " + cost + ")");
        }
        this.cost = cost;
        this.decoy = BcryptUtil.bcryptHash("decoy password for unknown users", cost);
    }

    /** Whether bcrypt reads all of this password. */
    public static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** Refuses a password bcrypt would cut short; requests are validated before (WithinBcryptLimit), so this is a guard. */
    public String hash(String password) {
        if (!fitsBcrypt(password)) {
            throw new IllegalArgumentException("A password may be at most " + MAX_BYTES + " bytes in UTF-8");
        }
        return BcryptUtil.bcryptHash(password, cost);
    }

    /**
     * A password over 72 bytes never matches, in the time a check takes: bcrypt would compare only its first 72 bytes,
     * so anything typed after them would not count.
     */
    public boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        if (!fitsBcrypt(password)) {
            spendEquivalentTime("");
            return false;
        }
        return BcryptUtil.matches(password, hash);
    }

    /** Spends the same time as a real check, so an unknown username cannot be told from a wrong password. */
    public void spendEquivalentTime(String password) {
        BcryptUtil.matches(password == null ? "" : password, decoy);
    }
}
