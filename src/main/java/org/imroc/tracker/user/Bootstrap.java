package org.imroc.tracker.user;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.config.TrackerConfig;

/**
 * First start: with no users at all, creates the administrator {@code admin} with the password from
 * tracker.bootstrap.admin-password (TRACKER_BOOTSTRAP_ADMIN_PASSWORD), or else a generated one printed once in the
 * log. There is never a fixed default password.
 */
@ApplicationScoped
public class Bootstrap {

    static final String ADMIN_USERNAME = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final Passwords passwords;
    private final Optional<String> configuredPassword;

    public Bootstrap(UserRepository users, Passwords passwords, TrackerConfig config) {
        this.users = users;
        this.passwords = passwords;
        this.configuredPassword = config.bootstrap().adminPassword();
    }

    void onStart(@Observes StartupEvent event) {
        if (QuarkusTransaction.requiringNew().call(users::count) > 0) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(Bootstrap::generatePassword);
        if (password.length() < Passwords.MIN_LENGTH) {
            throw new IllegalStateException(
                    "tracker.bootstrap.admin-password must have at least " + Passwords.MIN_LENGTH + " characters");
        }
        if (!Passwords.fitsBcrypt(password)) {
            throw new IllegalStateException("tracker.bootstrap.admin-password must be at most " + Passwords.MAX_BYTES
                    + " bytes in UTF-8 (bcrypt reads no further)");
        }
        String hash = passwords.hash(password);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                User admin = new User(ADMIN_USERNAME, hash);
                admin.describe("Administrator", "admin@localhost");
                admin.assign(Role.ADMIN, Set.of());
                users.persist(admin);
            });
        } catch (RuntimeException e) {
            Log.info("Another instance created the first administrator at the same time");
            return;
        }
        if (configuredPassword.isPresent()) {
            Log.info("Created the first administrator 'admin' with the configured bootstrap password");
        } else {
            Log.warnf(
                    "Created the first administrator 'admin' with the generated password %s : sign in and change "
                            + "it now (POST /api/v1/me/password). It is shown only this once.",
                    password);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
