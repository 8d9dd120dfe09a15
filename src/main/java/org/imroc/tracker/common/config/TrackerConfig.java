package org.imroc.tracker.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Every setting of the tracker (TRACKER_… environment variables or tracker.* properties), with its default, in one
 * typed place. Values are validated when the service starts: a bad one stops it with a message naming the setting.
 */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    /** Where the service keeps files it generates (a token signing key pair when none is configured). */
    @WithDefault("data")
    Path dataDir();

    /** Load the demo Trusts and users (never on a real installation). */
    @WithDefault("false")
    boolean demoData();

    Idempotency idempotency();

    Jwt jwt();

    Auth auth();

    Bootstrap bootstrap();

    Feed feed();

    Http http();

    RateLimit rateLimit();

    Webhooks webhooks();

    Disclosure disclosure();

    Identity identity();

    Swagger swagger();

    /** Trusts' own identity providers (OpenID Connect): docs/security.md, "Signing in with a Trust's identity provider". */
    interface Identity {

        /** Allow http:// issuers (never in production: tests against a local Keycloak set it). */
        @WithDefault("false")
        boolean allowInsecureHttp();

        /**
         * Hosts or CIDRs an issuer's discovery document and keys may be fetched from although they are loopback,
         * private or link-local (e.g. a Trust's own Keycloak on its intranet); like tracker.webhooks.allowed-targets.
         */
        Optional<List<String>> allowedTargets();

        /** How long the discovery document may take when a provider is saved. */
        @WithDefault("PT10S")
        @DurationMin(seconds = 1)
        @DurationMax(seconds = 60)
        Duration timeout();

        /**
         * The least time between two fetches of an issuer's keys when a token names a key id it does not know (a
         * key rotated at the IdP): a stream of forged key ids cannot make the service hammer the IdP.
         */
        @WithDefault("PT5M")
        @DurationMin(seconds = 10)
        @DurationMax(hours = 24)
        Duration jwksRefreshInterval();

        /** The clock skew allowed on exp and nbf (at most 60 s). */
        @WithDefault("PT60S")
        @DurationMax(seconds = 60)
        Duration clockSkew();
    }

    /** Swagger UI (at /q/swagger-ui). */
    interface Swagger {

        /**
         * A public client id at an identity provider that Swagger UI may sign in with (authorization code with
         * PKCE); none: Swagger UI takes a pasted bearer token only.
         */
        Optional<String> oidcClientId();
    }

    /**
     * Small-number suppression of figures shown beyond a Trust's own people (other members of a learning set,
     * PUBLIC integration keys): docs/breakdowns.md.
     */
    interface Disclosure {

        /** Counts from 1 to this − 1 are hidden (5: 1–4 hidden, 0 shown). */
        @WithDefault("5")
        @Min(1)
        @Max(1000)
        int minCount();

        /** Shown counts other than 0 are rounded to the nearest multiple of this (1: no rounding). */
        @WithDefault("1")
        @Min(1)
        @Max(1000)
        int roundTo();
    }

    /** Idempotency-Key records. */
    interface Idempotency {

        /** How long a response is kept for replay; clients may retry for 24 hours. */
        @WithDefault("P2D")
        @DurationMin(hours = 24)
        Duration retention();

        /** After this, an unfinished claim belongs to a request that died and may be taken over. */
        @WithDefault("PT2M")
        @DurationMin(seconds = 70)
        Duration takeoverAfter();

        /** How often expired records are purged (a Quarkus scheduler interval, or off). */
        @WithDefault("1h")
        String purgeEvery();
    }

    /** Access tokens. */
    interface Jwt {

        @WithDefault("imroc-tracker")
        String issuer();

        @WithDefault("imroc-tracker-api")
        String audience();

        @WithDefault("PT1H")
        @DurationMin(minutes = 1)
        @DurationMax(hours = 1)
        Duration lifetime();

        /** The signing key pair as PEM text; every instance must have the same pair. */
        Optional<String> privateKey();

        Optional<String> publicKey();

        /** The signing key pair as PEM files, instead of text. */
        Optional<Path> privateKeyFile();

        Optional<Path> publicKeyFile();
    }

    /** Passwords and sign-in. */
    interface Auth {

        /** bcrypt cost; the packaged service refuses less than 12. */
        @WithDefault("12")
        @Min(4)
        @Max(16)
        int bcryptCost();

        /** Failed sign-ins allowed within the lockout window before sign-in is refused. */
        @WithDefault("5")
        @Min(1)
        @Max(100)
        int maxFailures();

        /** How long a username is locked from one address after too many failures (doubling each time, to a day). */
        @WithDefault("PT15M")
        @DurationMin(minutes = 1)
        @DurationMax(hours = 24)
        Duration lockout();

        /** How often idle sign-in throttles are forgotten (a Quarkus scheduler interval, or off). */
        @WithDefault("10m")
        String purgeEvery();
    }

    /** The first start. */
    interface Bootstrap {

        /** The first administrator's password; unset = generated and logged once. */
        Optional<String> adminPassword();
    }

    /** The change feed. */
    interface Feed {

        /** How far back a cursor may resume; older → 410. */
        @WithDefault("P400D")
        @DurationMin(days = 1)
        Duration retention();
    }

    /** Request budgets (docs/security.md). */
    interface RateLimit {

        /** Off for benchmarks and load tests only. */
        @WithDefault("true")
        boolean enabled();

        /** Requests without a credential (signing in, mostly) per client address per minute. */
        @WithDefault("30")
        @Min(1)
        int anonymousPerMinute();

        /** Reads (GET, HEAD) per caller per minute; a 304 costs nothing. */
        @WithDefault("1200")
        @Min(1)
        int readsPerMinute();

        /** Writes per caller per minute. */
        @WithDefault("300")
        @Min(1)
        int writesPerMinute();
    }

    /** HTTP. */
    interface Http {

        /** Send Strict-Transport-Security with this max-age (set it behind HTTPS). */
        Optional<Duration> hstsMaxAge();

        /** The longest URL (path and query) accepted; longer → 414. */
        @WithDefault("4096")
        @Min(256)
        @Max(16000)
        int maxUrlLength();

        /** The most header bytes accepted; more → 431. */
        @WithDefault("16384")
        @Min(1024)
        @Max(60000)
        int maxHeaderBytes();
    }

    /** Webhook delivery (docs/webhooks.md). */
    interface Webhooks {

        /** Allow http:// targets (never in production: the dev and test profiles set it). */
        @WithDefault("false")
        boolean allowInsecureHttp();

        /**
         * Hosts or CIDRs that may be targets although they are loopback, private or link-local (e.g. an intranet
         * dashboard at 10.2.0.0/16); nothing else at such an address is ever called.
         */
        Optional<List<String>> allowedTargets();

        /** How long a receiver has to answer with a 2xx. */
        @WithDefault("PT10S")
        @DurationMin(seconds = 1)
        @DurationMax(seconds = 60)
        Duration timeout();

        /** How often the sender looks for due deliveries (a Quarkus scheduler interval, or off). */
        @WithDefault("2s")
        String pollEvery();

        /** The wait before each retry; the last is repeated until the subscription is disabled. */
        @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
        List<Duration> retrySchedule();

        /** A subscription failing for this long is disabled. */
        @WithDefault("P3D")
        Duration disableAfter();

        /** After a rotation, the old secret also signs for this long. */
        @WithDefault("PT24H")
        @DurationMax(days = 30)
        Duration secretOverlap();
    }
}
