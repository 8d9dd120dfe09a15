package org.imroc.tracker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** How long a provider token's verification is kept, and what of the token is kept: never the token itself. */
class VerifiedProviderTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final UUID PROVIDER = UUID.randomUUID();

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static JsonWebToken token(String raw, Instant expires) {
        Map<String, Object> claims = Map.of(
                "sub", "person-1", "exp", expires.getEpochSecond(), "groups", List.of("trust-leads"), "raw_token", raw);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "person-1";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }

    private final MovingClock clock = new MovingClock();
    private final VerifiedProviderTokens tokens = new VerifiedProviderTokens(clock, Duration.ofMinutes(5), 100);

    @Test
    void aRememberedTokenIsFoundWithItsProviderVersionAndClaimsButNotTheToken() {
        tokens.remember("a.b.c", PROVIDER, 3, "https://idp", token("a.b.c", NOW.plusSeconds(120)));

        VerifiedProviderTokens.Verified known = tokens.find("a.b.c").orElseThrow();
        assertThat(known.providerId()).isEqualTo(PROVIDER);
        assertThat(known.providerVersion()).isEqualTo(3);
        assertThat(known.issuer()).isEqualTo("https://idp");
        assertThat(known.token().getSubject()).isEqualTo("person-1");
        assertThat(known.token().<List<String>>getClaim("groups")).containsExactly("trust-leads");
        assertThat(known.token().getRawToken()).isNull();
        assertThat(known.token().getClaimNames()).doesNotContain("raw_token");
        assertThat(tokens.find("a.b.d")).isEmpty();
    }

    @Test
    void aTokenIsKeptUntilItExpiresWithoutGrace() {
        tokens.remember("a.b.c", PROVIDER, 1, "https://idp", token("a.b.c", NOW.plusSeconds(120)));
        clock.now = NOW.plusSeconds(119);
        assertThat(tokens.find("a.b.c")).isPresent();
        clock.now = NOW.plusSeconds(120);
        assertThat(tokens.find("a.b.c")).isEmpty();
    }

    @Test
    void aLongLivedTokenIsKeptAtMostTheKeysRefreshInterval() {
        tokens.remember("a.b.c", PROVIDER, 1, "https://idp", token("a.b.c", NOW.plus(Duration.ofHours(8))));
        clock.now = NOW.plus(Duration.ofMinutes(5)).minusSeconds(1);
        assertThat(tokens.find("a.b.c")).isPresent();
        clock.now = NOW.plus(Duration.ofMinutes(5));
        assertThat(tokens.find("a.b.c")).isEmpty();
    }

    @Test
    void aTokenPastItsExpiryIsNotRememberedEvenWithinTheClockSkew() {
        // Quarkus OIDC accepts a token up to 60 s past exp; such a token is verified every time
        tokens.remember("a.b.c", PROVIDER, 1, "https://idp", token("a.b.c", NOW.minusSeconds(20)));
        assertThat(tokens.find("a.b.c")).isEmpty();
    }

    @Test
    void aForgottenTokenIsNotFound() {
        tokens.remember("a.b.c", PROVIDER, 1, "https://idp", token("a.b.c", NOW.plusSeconds(120)));
        tokens.forget("a.b.c");
        assertThat(tokens.find("a.b.c")).isEmpty();
    }
}
