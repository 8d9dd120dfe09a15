package org.imroc.tracker.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.imroc.tracker.user.User;
import org.imroc.tracker.user.UserRepository;
import org.imroc.tracker.user.Passwords;

/** Signs users in. An unknown user, a disabled one and a wrong password get the same answer in the same time. */
@ApplicationScoped
public class AuthService {

    private final UserRepository users;
    private final Passwords passwords;
    private final AccessTokens tokens;
    private final LoginGuard guard;

    public AuthService(UserRepository users, Passwords passwords, AccessTokens tokens, LoginGuard guard) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.guard = guard;
    }

    public TokenResponse signIn(TokenRequest request) {
        guard.requireNotLocked(request.username());
        Optional<User> user = QuarkusTransaction.requiringNew()
                .call(() -> users.findByUsername(request.username()).filter(User::isActive));
        boolean valid;
        if (user.isPresent()) {
            valid = passwords.matches(request.password(), user.get().getPasswordHash());
        } else {
            passwords.spendEquivalentTime(request.password());
            valid = false;
        }
        if (!valid) {
            guard.recordFailure(request.username());
            throw new ApiException(ProblemType.UNAUTHORIZED, "Wrong username or password.");
        }
        guard.reset(request.username());
        return new TokenResponse(tokens.issue(user.get()), "Bearer", tokens.lifetime().toSeconds());
    }
}
