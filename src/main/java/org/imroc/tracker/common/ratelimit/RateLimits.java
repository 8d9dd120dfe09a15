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
        if (rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null || rc.request().path().startsWith(SIGN_IN)) {
            spend(rc, anonymous, ClientAddress.of(rc));
            return;
        }
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(rc, identities)
                .emitOn(command -> context.runOnContext(ignored -> command.run()))
                .subscribe().with(identity -> spendAs(rc, identity), failure -> spend(rc, anonymous, ClientAddress.of(rc)));
    }

    private void spendAs(RoutingContext rc, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            spend(rc, anonymous, ClientAddress.of(rc));
            return;
        }
        HttpMethod method = rc.request().method();
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
        spend(rc, read ? reads : writes, identity.getPrincipal().getName());
    }

    private void spend(RoutingContext rc, RatePolicy policy, String who) {
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
                    .end(problems.json(ProblemType.TOO_MANY_REQUESTS, "Too many requests (" + policy.quota()
                            + " per minute for " + policy.name() + "); retry after " + wait + " s.", null,
                            rc.request().path()));
            return;
        }
        rc.addHeadersEndHandler(ignored -> {
            long remaining = probe.getRemainingTokens();
            if (response.getStatusCode() == 304) {
                bucket.addTokens(1);
                remaining++;
            }
            response.putHeader("RateLimit-Policy", policy.header());
            response.putHeader("RateLimit", policy.remaining(remaining, seconds(probe.getNanosToWaitForReset())));
        });
        rc.next();
    }

    private static long seconds(long nanos) {
        return Math.max(0, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
