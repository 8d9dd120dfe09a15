package org.imroc.tracker.identity;

import io.quarkus.logging.Log;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.imroc.tracker.caller.BearerCredentials;
import org.imroc.tracker.caller.KnownOwnTokens;
import org.imroc.tracker.caller.SecurityEpochs;
import org.imroc.tracker.common.config.TrackerConfig;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

/**
 * Tells Quarkus OIDC which Trust identity provider a bearer token is for. The token's issuer is read WITHOUT
 * verifying anything (only to choose; Quarkus OIDC then verifies the signature with that provider's keys, and the
 * issuer, audience, times and tenant) and looked up among the active providers ({@link ProviderDirectory}) before
 * anything is fetched: a token of an issuer no provider names, the tracker's own tokens and integration keys get no
 * OIDC tenant (this resolver answers null, the default tenant is disabled) and go on to the tracker's own mechanism,
 * which refuses what it did not issue. One OIDC tenant per provider version ({@code idp-<id>-<version>}): a changed
 * provider is a new tenant, so no instance goes on using what was changed.
 */
@ApplicationScoped
public class ProviderTenants implements TenantConfigResolver {

    /** The routing-context key of the security epoch read while resolving (the augmentor uses the same). */
    static final String EPOCH = "tracker.identity.epoch";

    private static final String TENANT_PREFIX = "idp-";
    private static final int MAX_TOKEN_CHARS = 16 * 1024;

    private final ProviderDirectory directory;
    private final KnownOwnTokens ownTokens;
    private final SecurityEpochs epochs;
    private final Discovery discovery;
    private final String ownIssuer;
    private final Duration clockSkew;
    private final Duration jwksRefreshInterval;
    private final Map<String, OidcTenantConfig> tenants = new ConcurrentHashMap<>();
    private final AtomicLong parsed = new AtomicLong();

    public ProviderTenants(
            ProviderDirectory directory,
            KnownOwnTokens ownTokens,
            SecurityEpochs epochs,
            Discovery discovery,
            TrackerConfig config) {
        this.directory = directory;
        this.ownTokens = ownTokens;
        this.epochs = epochs;
        this.discovery = discovery;
        this.ownIssuer = config.jwt().issuer();
        this.clockSkew = config.identity().clockSkew();
        this.jwksRefreshInterval = config.identity().jwksRefreshInterval();
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> request) {
        String issuer = foreignIssuer(context.request().getHeader("Authorization"));
        if (issuer == null) {
            return Uni.createFrom().nullItem();
        }
        return request.runBlocking(() -> {
            long epoch = epochs.current();
            context.put(EPOCH, epoch);
            return directory.activeByIssuer(issuer, epoch).map(this::tenantOf).orElse(null);
        });
    }

    /** Whether a tenant id is one of a Trust provider's. */
    static boolean isProviderTenant(String tenantId) {
        return tenantId != null && tenantId.startsWith(TENANT_PREFIX);
    }

    private OidcTenantConfig tenantOf(IdentityProvider p) {
        String tenantId = TENANT_PREFIX + p.getId() + "-" + p.getVersion();
        OidcTenantConfig known = tenants.get(tenantId);
        if (known != null) {
            return known;
        }
        if (!discovery.mayRead(p.getJwksUri())) {
            // the keys' address resolves somewhere it may not go now (DNS changed): no tenant, so the token fails
            Log.warnf("Identity provider %s: its jwks_uri is no longer allowed; its tokens are refused", p.getId());
            return null;
        }
        var token = OidcTenantConfig.authServerUrl(p.getIssuer())
                .tenantId(tenantId)
                .applicationType(ApplicationType.SERVICE)
                .discoveryEnabled(false)
                .jwksPath(p.getJwksUri())
                .clientId(p.getAudience())
                .token()
                .issuer(p.getIssuer())
                .audience(p.getAudience())
                .lifespanGrace((int) clockSkew.toSeconds())
                .tokenType("Bearer") // a typ claim (Keycloak's) must say access token: not "ID", not "Refresh"
                .forcedJwkRefreshInterval(jwksRefreshInterval)
                .allowJwtIntrospection(false)
                .allowOpaqueTokenIntrospection(false);
        if (p.getTenantId() != null) {
            token.requiredClaims("tid", p.getTenantId());
        }
        OidcTenantConfig tenant = token.end().build();
        tenants.put(tenantId, tenant);
        return tenant;
    }

    /**
     * The unverified issuer of the bearer token in an Authorization header when it is not the tracker's own; null for
     * the tracker's own tokens, integration keys and anything that is not a compact JWS. A token the tracker verified
     * before is known without parsing it (the bearer mechanism takes the credential from the header the same way: {@link BearerCredentials}).
     */
    String foreignIssuer(String authorization) {
        if (authorization == null || authorization.length() > MAX_TOKEN_CHARS) {
            return null;
        }
        String token = BearerCredentials.from(authorization).orElse(null);
        if (token == null || ownTokens.verifiedBefore(token)) {
            return null;
        }
        parsed.incrementAndGet();
        return unverifiedIssuer(token)
                .filter(issuer -> !issuer.equals(ownIssuer))
                .orElse(null);
    }

    /** How many tokens were parsed for their issuer (a test counts them: a known own token is not parsed). */
    long parsed() {
        return parsed.get();
    }

    /** The iss of a compact JWS, unverified; empty when it is not one. */
    private static Optional<String> unverifiedIssuer(String token) {
        if (token.chars().filter(c -> c == '.').count() != 2) {
            return Optional.empty(); // an integration key, or not a JWS at all
        }
        try {
            if (!(JsonWebStructure.fromCompactSerialization(token) instanceof JsonWebSignature jws)) {
                return Optional.empty();
            }
            return Optional.ofNullable(
                    JwtClaims.parse(jws.getUnverifiedPayload()).getIssuer());
        } catch (JoseException
                | org.jose4j.jwt.MalformedClaimException
                | org.jose4j.jwt.consumer.InvalidJwtException
                | RuntimeException e) {
            return Optional.empty();
        }
    }
}
