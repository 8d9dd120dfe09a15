package org.imroc.tracker.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.imroc.tracker.caller.Caller;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.user.Passwords;
import org.imroc.tracker.user.User;
import org.imroc.tracker.user.UserRepository;

/** A user changing their own password. */
@ApplicationScoped
public class PasswordService {

    private final CurrentCaller caller;
    private final UserRepository users;
    private final Passwords passwords;
    private final LoginGuard guard;

    public PasswordService(CurrentCaller caller, UserRepository users, Passwords passwords, LoginGuard guard) {
        this.caller = caller;
        this.users = users;
        this.passwords = passwords;
        this.guard = guard;
    }

    /**
     * Changes the caller's own password. Wrong current passwords count towards the sign-in lockout, so a stolen
     * token cannot be used to guess the password. Tokens issued before the change stop working.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void changePassword(PasswordChangeRequest request) {
        Caller me = caller.get();
        if (!me.isUser()) {
            throw ApiException.forbidden("Integration keys have no password.");
        }
        guard.requireNotLocked(me.name());
        User user = QuarkusTransaction.requiringNew().call(() -> users.findById(me.id()));
        if (!passwords.matches(request.currentPassword(), user.getPasswordHash())) {
            guard.recordFailure(me.name());
            throw ApiException.invalid("currentPassword", "is not your current password");
        }
        if (request.newPassword().equals(request.currentPassword())) {
            throw ApiException.invalid("newPassword", "must differ from the current password");
        }
        String hash = passwords.hash(request.newPassword());
        QuarkusTransaction.requiringNew().run(() -> users.findById(me.id()).changePassword(hash));
        guard.reset(me.name());
    }
}
