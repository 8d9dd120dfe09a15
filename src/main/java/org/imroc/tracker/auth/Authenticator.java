package org.imroc.tracker.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.imroc.tracker.apikey.ApiKey;
import org.imroc.tracker.apikey.ApiKeyRepository;
import org.imroc.tracker.caller.Caller;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.caller.SecurityEpochs;
import org.imroc.tracker.common.digest.Sha256;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.time.BusinessCalendar;
import org.imroc.tracker.user.User;
import org.imroc.tracker.user.UserRepository;

/**
 * Turns a bearer credential into the {@link Caller}. Every request reads the security epoch (one row, which moves
 * on with every change to a user, their Trusts or a key, on any instance); a caller resolved under the current
 * epoch is reused, otherwise the user or key is read again. So a disabled user, a revoked key, a changed role or
 * Trust, or a changed password takes effect on the next request, and a caller that keeps polling costs one tiny
 * read. An expired key or token is refused whatever is remembered.
 */
@ApplicationScoped
public class Authenticator {

    private final AccessTokens tokens;
    private final UserRepository users;
    private final ApiKeyRepository keys;
    private final SecurityEpochs epochs;
    /** Callers by a digest of their credential (never the credential itself), with the epoch they were read at. */
    private final Cache<String, Resolved> resolved = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    public Authenticator(AccessTokens tokens, UserRepository users, ApiKeyRepository keys, SecurityEpochs epochs) {
        this.tokens = tokens;
        this.users = users;
        this.keys = keys;
        this.epochs = epochs;
    }

    /** A caller as read at one epoch; {@code usableUntil}: the last day a key may be used (null: no end). */
    private record Resolved(long epoch, Caller caller, LocalDate usableUntil) {}

    /** A caller, and the change feed's last number read with the epoch ({@link SecurityEpochs.Reading}). */
    public record Authenticated(Caller caller, long feedSeq) {}

    /** Runs outside a transaction: the epoch is read without one, the user or key (when needed) in one of its own. */
    public Optional<Authenticated> authenticate(String credential) {
        SecurityEpochs.Reading reading = epochs.read();
        long epoch = reading.epoch();
        boolean key = ApiKey.looksLikeKey(credential);
        if (!key && tokens.verify(credential).isEmpty()) {
            return Optional.empty(); // checked every time: the signature once, the expiry always
        }
        String digest = digest(credential);
        Resolved known = resolved.getIfPresent(digest);
        LocalDate today = BusinessCalendar.today();
        if (known != null
                && known.epoch() == epoch
                && (known.usableUntil() == null || !today.isAfter(known.usableUntil()))) {
            return Optional.of(new Authenticated(known.caller(), reading.feedSeq()));
        }
        Optional<Resolved> fresh = QuarkusTransaction.requiringNew().call(() -> resolve(credential, key, epoch, today));
        fresh.ifPresentOrElse(r -> resolved.put(digest, r), () -> resolved.invalidate(digest));
        return fresh.map(r -> new Authenticated(r.caller(), reading.feedSeq()));
    }

    private Optional<Resolved> resolve(String credential, boolean key, long epoch, LocalDate today) {
        return key
                ? keys.findByKey(credential)
                        .filter(k -> k.isUsableOn(today))
                        .map(k -> new Resolved(
                                epoch,
                                new Caller(
                                        k.getId(),
                                        k.getName(),
                                        Caller.Kind.API_KEY,
                                        Role.INTEGRATION,
                                        k.isAllTrusts() ? TrustScope.everyTrust() : TrustScope.only(k.getTrustIds()),
                                        Set.of(),
                                        k.isPublic()),
                                k.getExpiresOn()))
                : tokens.verify(credential)
                        .flatMap(token -> users.findWithTrusts(token.userId())
                                .filter(User::isActive)
                                .filter(user -> token.tokenVersion() == user.getTokenVersion())
                                .map(user -> new Resolved(
                                        epoch,
                                        new Caller(
                                                user.getId(),
                                                user.getUsername(),
                                                Caller.Kind.USER,
                                                user.getRole(),
                                                user.getRole() == Role.ADMIN
                                                        ? TrustScope.everyTrust()
                                                        : TrustScope.only(user.getTrustIds()),
                                                user.getUnitIds()),
                                        null)));
    }

    private static String digest(String credential) {
        return Sha256.hex(credential);
    }
}
