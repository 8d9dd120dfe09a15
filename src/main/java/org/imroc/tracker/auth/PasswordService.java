package org.imroc.tracker.auth;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.imroc.tracker.audit.AuditKind;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.Caller;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.RequestValidation;
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
    private final AuditLog audit;
    private final RequestValidation validation;

    public PasswordService(
            CurrentCaller caller,
            UserRepository users,
            Passwords passwords,
            LoginGuard guard,
            AuditLog audit,
            RequestValidation validation) {
        this.caller = caller;
        this.users = users;
        this.passwords = passwords;
        this.guard = guard;
        this.audit = audit;
        this.validation = validation;
    }

    /**
     * Changes the caller's own password. A wrong current password spends a try of the sign-in throttle (this
     * username from this address), so a stolen token cannot be used to guess the password. Every token issued
     * before the change stops working.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void changePassword(PasswordChangeRequest request, String clientAddress) {
        Caller me = caller.get();
        if (!me.isUser()) {
            throw ApiException.forbidden("Integration keys have no password.");
        }
        if (me.identityProvider() != null) {
            throw ApiException.forbidden("You sign in through your Trust's identity provider: you have no tracker "
                    + "password; change your password there.");
        }
        validation.require(request);
        LoginGuard.Attempt attempt = guard.claim(me.name(), clientAddress);
        User user = QuarkusTransaction.requiringNew().call(() -> users.findById(me.id()));
        if (!passwords.matches(request.currentPassword(), user.getPasswordHash())) {
            throw ApiException.invalid("currentPassword", "is not your current password");
        }
        guard.succeeded(attempt);
        if (request.newPassword().equals(request.currentPassword())) {
            throw ApiException.invalid("newPassword", "must differ from the current password");
        }
        String hash = passwords.hash(request.newPassword());
        QuarkusTransaction.requiringNew().run(() -> {
            User changed = users.findById(me.id());
            changed.changePassword(hash);
            users.flush();
            audit.security("user", me.id(), AuditKind.PASSWORD_CHANGED, changed.getVersion());
        });
        Log.infof("User %s changed their password", me.id());
    }
}
