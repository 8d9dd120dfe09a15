package org.imroc.tracker.auth;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.audit.AuditKind;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.caller.SecurityEpochs;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.identity.ProviderDirectory;
import org.imroc.tracker.user.Passwords;
import org.imroc.tracker.user.User;
import org.imroc.tracker.user.UserRepository;

/**
 * Signs users in. An unknown user, a disabled one and a wrong password get the same answer in the same time; every
 * attempt spends one try of its username and address before the password is checked ({@link LoginGuard}). Failed
 * sign-ins of a known user, and lockouts, are audited with the client address as the actor.
 */
@ApplicationScoped
public class AuthService {

    private final UserRepository users;
    private final Passwords passwords;
    private final AccessTokens tokens;
    private final LoginGuard guard;
    private final AuditLog audit;

    private final RequestValidation validation;
    private final ProviderDirectory providers;
    private final SecurityEpochs epochs;

    public AuthService(
            UserRepository users,
            Passwords passwords,
            AccessTokens tokens,
            LoginGuard guard,
            AuditLog audit,
            RequestValidation validation,
            ProviderDirectory providers,
            SecurityEpochs epochs) {
        this.validation = validation;
        this.providers = providers;
        this.epochs = epochs;
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.guard = guard;
        this.audit = audit;
    }

    public TokenResponse signIn(TokenRequest request, String clientAddress) {
        validation.require(request);
        LoginGuard.Attempt attempt = guard.claim(request.username(), clientAddress);
        Optional<User> user =
                QuarkusTransaction.requiringNew().call(() -> users.findByUsername(LoginGuard.key(request.username())));
        boolean valid;
        if (user.isPresent() && user.get().isActive() && user.get().hasPassword()) {
            valid = passwords.matches(request.password(), user.get().getPasswordHash());
        } else {
            passwords.spendEquivalentTime(request.password());
            valid = false;
        }
        if (!valid) {
            failed(user, attempt);
            throw new ApiException(ProblemType.UNAUTHORIZED, "Wrong username or password.");
        }
        guard.succeeded(attempt);
        requireLocalSignInAllowed(user.get());
        return new TokenResponse(
                tokens.issue(user.get()), "Bearer", tokens.lifetime().toSeconds());
    }

    /**
     * A Trust's staff sign in through its identity provider once one is active with {@code localSignIn: false}:
     * their tracker password is refused (said only after it was right, so it tells a guesser nothing).
     * Administrators and consultants always keep the tracker's own sign-in.
     */
    private void requireLocalSignInAllowed(User user) {
        if (user.getRole() != Role.TRUST_LEAD && user.getRole() != Role.UNIT_LEAD) {
            return;
        }
        Set<UUID> trusts = QuarkusTransaction.requiringNew()
                .call(() -> users.findWithTrusts(user.getId())
                        .map(User::getTrustIds)
                        .orElse(Set.of()));
        if (!providers.allowsLocalSignIn(trusts, epochs.current())) {
            Log.infof(
                    "Password sign-in of user %s refused: the Trust signs in through its identity provider",
                    user.getId());
            throw ApiException.forbidden("Your Trust signs in through its own identity provider: use your "
                    + "organisation's account. A tracker password is not accepted for its staff.");
        }
    }

    private void failed(Optional<User> user, LoginGuard.Attempt attempt) {
        if (user.isEmpty()) {
            Log.infof(
                    "Failed sign-in for an unknown username from %s%s",
                    attempt.clientAddress(),
                    attempt.locksIfWrong() ? "; that username is now locked from this address" : "");
            return;
        }
        Log.infof(
                "Failed sign-in for user %s from %s%s",
                user.get().getId(),
                attempt.clientAddress(),
                attempt.locksIfWrong() ? "; locked from this address" : "");
        QuarkusTransaction.requiringNew().run(() -> {
            audit.signIn(user.get().getId(), AuditKind.SIGN_IN_FAILED, attempt.clientAddress());
            if (attempt.locksIfWrong()) {
                audit.signIn(user.get().getId(), AuditKind.LOCKED_OUT, attempt.clientAddress());
            }
        });
    }
}
