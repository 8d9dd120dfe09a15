package org.imroc.tracker.identity;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.imroc.tracker.caller.BearerCredentials;

/**
 * Runs before Quarkus OIDC's mechanism: a bearer token of a Trust's identity provider that was verified before
 * ({@link VerifiedProviderTokens}) is resolved by {@link KnownProviderTokens} without verifying it again. Anything
 * else (a token not seen, one whose provider changed since, the tracker's own tokens, integration keys) gets no
 * identity here and goes on to Quarkus OIDC and then the tracker's own mechanism, as it did before: this mechanism
 * can only accept what they accepted.
 */
@ApplicationScoped
public class KnownProviderTokenMechanism implements HttpAuthenticationMechanism {

    /** Above Quarkus OIDC's mechanism (quarkus.oidc.priority, 1001 by default). */
    static final int PRIORITY = DEFAULT_PRIORITY + 100;

    private final VerifiedProviderTokens tokens;

    public KnownProviderTokenMechanism(VerifiedProviderTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String rawToken = BearerCredentials.from(context.request().getHeader("Authorization"))
                .orElse(null);
        if (rawToken == null) {
            return Uni.createFrom().nullItem();
        }
        return tokens.find(rawToken)
                .map(verified -> identityProviderManager
                        .authenticate(new KnownProviderTokenRequest(rawToken, verified))
                        .onFailure(KnownProviderTokens.ProviderChanged.class)
                        .recoverWithNull())
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(KnownProviderTokenRequest.class);
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
