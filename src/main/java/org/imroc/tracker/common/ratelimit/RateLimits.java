package org.imroc.tracker.common.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.common.error.ProblemType;
import org.imroc.tracker.common.error.Problems;
import org.imroc.tracker.common.http.ClientAddress;

/**
 * Request budgets for the API, in two layers: per client address for requests that carry no credential (so
 * sign-in's password hashing cannot be used to starve the service), and per caller (user or key) for everything
 * else, with a larger budget for reads than for writes. Every /api response carries RateLimit and
 * RateLimit-Policy; over the budget is 429 with Retry-After; a 304 gives its token back. Budgets are kept in this
 * process (docs/security.md says what that means with several instances); tracker.rate-limit.enabled=false turns
 * them off for benchmarks.
 */
@ApplicationScoped
public class RateLimits {

    /** After authentication has been set up (order -200), before the REST endpoints. */
    static final int ROUTE_ORDER = 1000;

    private static final String SIGN_IN = "/api/v1/auth/";
    private static final String CHARGE = RateLimits.class.getName() + ".charge";

    private final boolean enabled;
    private final RatePolicy anonymous;
    private final RatePolicy reads;
    private final RatePolicy writes;
    private final Problems problems;
    private final IdentityProviderManager identities;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(5))
            .maximumSize(200_000)
            .build();

    public RateLimits(TrackerConfig config, Problems problems, IdentityProviderManager identities) {
        TrackerConfig.RateLimit limits = config.rateLimit();
        this.enabled = limits.enabled();
        this.anonymous = new RatePolicy("anonymous", limits.anonymousPerMinute(), Duration.ofMinutes(1));
        this.reads = new RatePolicy("reads", limits.readsPerMinute(), Duration.ofMinutes(1));
        this.writes = new RatePolicy("writes", limits.writesPerMinute(), Duration.ofMinutes(1));
        this.problems = problems;
        this.identities = identities;
    }

    void register(@Observes Router router) {
        if (enabled) {
            router.route("/api/*").order(ROUTE_ORDER).handler(this::limit);
        }
    }

    private void limit(RoutingContext rc) {
        // Signing in is anonymous whatever the request carries: a stale token sent along must not stop it.
        if (rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                || rc.request().path().startsWith(SIGN_IN)) {
            spend(rc, anonymous, ClientAddress.of(rc));
            return;
        }
        // A credential is anonymous until it verifies: it takes one of the address's anonymous tokens before it is
        // looked up (over the budget: 429, and no lookup at all), and a caller it names gives the token back.
        Charge held = charge(rc, anonymous, ClientAddress.of(rc));
        if (held == null) {
            return;
        }
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(rc, identities)
                .emitOn(command -> context.runOnContext(ignored -> command.run()))
                .subscribe()
                .with(identity -> spendAs(rc, identity, held), failure -> refused(rc));
    }

    private void spendAs(RoutingContext rc, SecurityIdentity identity, Charge held) {
        if (identity == null || identity.isAnonymous()) {
            rc.next();
            return;
        }
        held.giveBack();
        HttpMethod method = rc.request().method();
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
        spend(rc, read ? reads : writes, identity.getPrincipal().getName());
    }

    /**
     * A credential that did not verify: the authentication mechanism has already answered 401 with its challenge
     * (carrying the anonymous budget's headers), so nothing more is written and nothing is logged.
     */
    private static void refused(RoutingContext rc) {
        if (!rc.response().headWritten()) {
            rc.next();
        }
    }

    private void spend(RoutingContext rc, RatePolicy policy, String who) {
        if (charge(rc, policy, who) != null) {
            rc.next();
        }
    }

    /**
     * Takes one token of {@code who}'s budget and makes the answer carry the budget's headers; over the budget,
     * answers 429 with Retry-After and returns null.
     */
    private Charge charge(RoutingContext rc, RatePolicy policy, String who) {
        Bucket bucket = buckets.get(policy.name() + "|" + who, key -> policy.newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        HttpServerResponse response = rc.response();
        if (!probe.isConsumed()) {
            long wait = seconds(probe.getNanosToWaitForRefill());
            response.setStatusCode(ProblemType.TOO_MANY_REQUESTS.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait))
                    .putHeader("RateLimit-Policy", policy.header())
                    .putHeader("RateLimit", policy.remaining(0, wait))
                    .end(problems.json(
                            ProblemType.TOO_MANY_REQUESTS,
                            "Too many requests (" + policy.quota() + " per minute for " + policy.name()
                                    + "); retry after " + wait + " s.",
                            null,
                            rc.request().path()));
            return null;
        }
        Charge charge = new Charge(policy, bucket, probe);
        Charge earlier = rc.get(CHARGE);
        rc.put(CHARGE, charge);
        if (earlier == null) {
            rc.addHeadersEndHandler(ignored -> rc.<Charge>get(CHARGE).writeHeaders(response));
        }
        return charge;
    }

    /** One token taken from a budget for this request; the last one taken names the headers of the answer. */
    private static final class Charge {
        private final RatePolicy policy;
        private final Bucket bucket;
        private final ConsumptionProbe probe;
        private long returned;

        Charge(RatePolicy policy, Bucket bucket, ConsumptionProbe probe) {
            this.policy = policy;
            this.bucket = bucket;
            this.probe = probe;
        }

        void giveBack() {
            bucket.addTokens(1);
            returned++;
        }

        void writeHeaders(HttpServerResponse response) {
            if (response.getStatusCode() == 304) {
                giveBack();
            }
            response.putHeader("RateLimit-Policy", policy.header());
            response.putHeader(
                    "RateLimit",
                    policy.remaining(probe.getRemainingTokens() + returned, seconds(probe.getNanosToWaitForReset())));
        }
    }

    private static long seconds(long nanos) {
        return Math.max(0, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
