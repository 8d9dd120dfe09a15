package org.imroc.tracker.auth;

import io.quarkus.security.AuthenticationFailedException;
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
 * Reads {@code Authorization: Bearer <credential>}: an access token or an integration key. No header means an
 * anonymous caller (refused wherever a role is required); a malformed header or a credential that does not verify
 * fails authentication (401 with {@code WWW-Authenticate: Bearer}). A token of a Trust's identity provider is
 * Quarkus OIDC's (its mechanism runs first and resolves the provider from the token's issuer,
 * {@code identity.ProviderTenants}); a token of an issuer no provider names reaches this one and is refused here,
 * without any outbound call.
 */
@ApplicationScoped
public class BearerAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String SCHEME = "Bearer";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader("Authorization");
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        return BearerCredentials.from(header)
                .map(credential -> identityProviderManager.authenticate(new TrackerCredentialRequest(credential)))
                .orElseGet(
                        () -> Uni.createFrom().failure(new AuthenticationFailedException("Not a bearer credential")));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", SCHEME));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TrackerCredentialRequest.class);
    }
}
