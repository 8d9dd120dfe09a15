package org.imroc.tracker.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.common.digest.Sha256;

/**
 * Tokens of a Trust's identity provider that Quarkus OIDC has verified (signature, issuer, audience, times, type,
 * required claims) and the tracker has accepted, remembered by a digest of the token (never the token itself), so
 * that the same token again is not verified again: the provider's RS256 signature and the token's parsing were most
 * of an identity-provider request's cost (docs/decisions/0039). What Quarkus OIDC checked depends only on the token's
 * bytes and the provider's settings, and a changed provider is a new version: an entry holds for the provider version
 * that verified it, until the token's {@code exp} (no clock-skew grace: past it, Quarkus OIDC decides again) and at
 * most {@code tracker.identity.jwks-refresh-interval}, so a token is not trusted longer than the keys it was checked
 * with would have been. Who the person is, their role and whether the provider and the user are still active are
 * read again as of every request's security epoch ({@link KnownProviderTokens}).
 */
@ApplicationScoped
public class VerifiedProviderTokens {

    /** A verified token: the provider version that verified it, its claims, and until when it may be used. */
    public record Verified(UUID providerId, long providerVersion, String issuer, JsonWebToken token, Instant until) {}

    /** A token's claims without the token ({@code raw_token}), as {@link ProviderUsers} reads them. */
    private record Claims(String name, Map<String, Object> values) implements JsonWebToken {

        static Claims of(JsonWebToken token) {
            Map<String, Object> values = new HashMap<>();
            for (String claim : token.getClaimNames()) {
                Object value = token.getClaim(claim);
                if (value != null && !RAW_TOKEN.equals(claim)) {
                    values.put(claim, value);
                }
            }
            return new Claims(token.getName(), Map.copyOf(values));
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return values.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) values.get(claimName);
        }
    }

    private static final String RAW_TOKEN = org.eclipse.microprofile.jwt.Claims.raw_token.name();

    private final Clock clock;
    private final Duration longest;
    private final Cache<String, Verified> verified;

    @Inject
    public VerifiedProviderTokens(TrackerConfig config) {
        // a token's claims are a few KB in memory: 2,000 people's current tokens are at most about 10 MB of the heap;
        // beyond that the least used are verified again (the cost before, nothing worse)
        this(Clock.systemUTC(), config.identity().jwksRefreshInterval(), 2_000);
    }

    VerifiedProviderTokens(Clock clock, Duration longest, int maximumSize) {
        this.clock = clock;
        this.longest = longest;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, Verified>creating(
                        (digest, entry) -> Duration.between(clock.instant(), entry.until())))
                .build();
    }

    /** Remembers a token Quarkus OIDC verified for {@code provider} and the tracker accepted (not when it has expired). */
    public void remember(String rawToken, IdentityProvider provider, JsonWebToken token) {
        remember(rawToken, provider.getId(), provider.getVersion(), provider.getIssuer(), token);
    }

    void remember(String rawToken, UUID providerId, long providerVersion, String issuer, JsonWebToken token) {
        Instant now = clock.instant();
        Instant expires = Instant.ofEpochSecond(token.getExpirationTime());
        Instant until = expires.isBefore(now.plus(longest)) ? expires : now.plus(longest);
        if (rawToken != null && until.isAfter(now)) {
            verified.put(
                    Sha256.hex(rawToken), new Verified(providerId, providerVersion, issuer, Claims.of(token), until));
        }
    }

    /** The verification of this exact token, if one holds now. */
    public Optional<Verified> find(String rawToken) {
        if (verified.estimatedSize() == 0) {
            return Optional.empty(); // no provider token seen: the tracker's own tokens and keys pay no digest
        }
        String digest = Sha256.hex(rawToken);
        Verified known = verified.getIfPresent(digest);
        if (known == null || !clock.instant().isBefore(known.until())) {
            return Optional.empty();
        }
        return Optional.of(known);
    }

    /** Forgets a token's verification (its provider has changed since: Quarkus OIDC verifies it again). */
    public void forget(String rawToken) {
        verified.invalidate(Sha256.hex(rawToken));
    }
}
