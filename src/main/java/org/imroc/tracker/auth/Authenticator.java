package org.imroc.tracker.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.time.BusinessCalendar;
import org.imroc.tracker.caller.Caller;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.user.User;
import org.imroc.tracker.user.UserRepository;
import org.imroc.tracker.apikey.ApiKey;
import org.imroc.tracker.apikey.ApiKeyRepository;

/**
 * Turns a bearer credential into the {@link Caller}, reading the current state of the user or key from the
 * database on every request: a disabled user, a revoked key, a removed Trust or a changed password takes effect
 * on the next request (one indexed query per request; no cache).
 */
@ApplicationScoped
public class Authenticator {

    private final AccessTokens tokens;
    private final UserRepository users;
    private final ApiKeyRepository keys;

    public Authenticator(AccessTokens tokens, UserRepository users, ApiKeyRepository keys) {
        this.tokens = tokens;
        this.users = users;
        this.keys = keys;
    }

    @Transactional
    public Optional<Caller> authenticate(String credential) {
        if (ApiKey.looksLikeKey(credential)) {
            return keys.findByKey(credential)
                    .filter(key -> key.isUsableOn(BusinessCalendar.today()))
                    .map(key -> new Caller(key.getId(), key.getName(), Caller.Kind.API_KEY, Role.INTEGRATION,
                            key.isAllTrusts() ? TrustScope.everyTrust() : TrustScope.only(key.getTrustIds())));
        }
        return tokens.verify(credential).flatMap(token -> users.findWithTrusts(token.userId())
                .filter(User::isActive)
                .filter(user -> token.tokenVersion() == user.getTokenVersion())
                .map(user -> new Caller(user.getId(), user.getUsername(), Caller.Kind.USER, user.getRole(),
                        user.getRole() == Role.ADMIN ? TrustScope.everyTrust() : TrustScope.only(user.getTrustIds()))));
    }
}
