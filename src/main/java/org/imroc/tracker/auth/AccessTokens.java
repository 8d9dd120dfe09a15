package org.imroc.tracker.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.imroc.tracker.caller.KnownOwnTokens;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.user.User;

/**
 * Issues and verifies access tokens: RS256-signed JWTs naming the user (sub), with issuer, audience, issue time
 * and expiry checked on every request. Lifetime is at most one hour. The token carries identity only; what the
 * user may do is read from the database on each request, so changes take effect at once.
 */
@ApplicationScoped
public class AccessTokens implements KnownOwnTokens {

    /** The claim naming the user's token version (User#getTokenVersion). */
    static final String TOKEN_VERSION = "tv";

    private final SigningKeys keys;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final DefaultJWTParser parser;
    private final Cache<String, Verified> verified;

    public AccessTokens(SigningKeys keys, TrackerConfig config) {
        this.keys = keys;
        this.issuer = config.jwt().issuer();
        this.audience = config.jwt().audience();
        this.lifetime = config.jwt().lifetime();
        JWTAuthContextInfo context = new JWTAuthContextInfo(keys.publicKey(), issuer);
        context.setExpectedAudience(Set.of(audience));
        context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        context.setMaxTimeToLiveSecs(lifetime.toSeconds());
        context.setClockSkew(30);
        this.parser = new DefaultJWTParser(context);
        this.verified = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(lifetime)
                .build();
    }

    public String issue(User user) {
        Instant now = Instant.now();
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject(user.getId().toString())
                .upn(user.getUsername())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim("jti", UUID.randomUUID().toString())
                .claim(TOKEN_VERSION, user.getTokenVersion())
                .jws()
                .keyId(keys.keyId())
                .algorithm(SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
    }

    public Duration lifetime() {
        return lifetime;
    }

    /**
     * The verified token, or empty when its signature, algorithm, issuer, audience or times are not right. A token
     * that verified once is remembered until it expires (its signature and claims cannot change), so a client
     * polling with it is not charged the parse and signature check again; expiry is checked on every use. What the
     * user may do is never remembered: the caller is read from the database on every request.
     */
    public Optional<Verified> verify(String token) {
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            return Instant.now().isBefore(known.expiresAt()) ? Optional.of(known) : Optional.empty();
        }
        try {
            JsonWebToken jwt = parser.parse(token);
            Object version = jwt.getClaim(TOKEN_VERSION);
            if (version == null) {
                return Optional.empty();
            }
            // A JSON number, whichever Java type the parser gave it.
            Verified result = new Verified(
                    UUID.fromString(jwt.getSubject()),
                    Integer.parseInt(version.toString()),
                    Instant.ofEpochSecond(jwt.getExpirationTime()));
            verified.put(token, result);
            return Optional.of(result);
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether this is one of the tracker's own tokens, verified before and still remembered: a map lookup, no parse.
     * The tenant resolver asks it first, so a client polling with its token is not charged a JSON parse of the token
     * on every request only to learn the issuer it already proved (issue 27). Expiry is not checked here: that is
     * {@link #verify}'s, which every request still runs.
     */
    @Override
    public boolean verifiedBefore(String token) {
        return verified.getIfPresent(token) != null;
    }

    /** What a valid token says: whose it is, the user's token version when it was issued, and when it expires. */
    public record Verified(UUID userId, int tokenVersion, Instant expiresAt) {}
}
