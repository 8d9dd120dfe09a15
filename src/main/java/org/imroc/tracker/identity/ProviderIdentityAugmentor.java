package org.imroc.tracker.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.imroc.tracker.caller.Caller;
import org.imroc.tracker.caller.CallerIdentities;
import org.imroc.tracker.caller.SecurityEpochs;

/**
 * Turns an identity Quarkus OIDC verified for a Trust's identity provider into the tracker's caller (the same
 * identity as a tracker token's: principal, role, permissions, Trust scope, units), through {@link ProviderUsers}.
 * The provider is looked up again by the verified issuer, as of the request's epoch: one made inactive or deleted
 * since the token was resolved gets nothing (401). Identities the tracker built itself pass through unchanged. A token
 * accepted here is remembered ({@link VerifiedProviderTokens}), so that the same token again is not verified again.
 */
@ApplicationScoped
public class ProviderIdentityAugmentor implements SecurityIdentityAugmentor {

    /** Claims only an ID token carries (OpenID Connect Core 2, 3.1.3.6, 3.3.2.11). */
    private static final java.util.List<String> ID_TOKEN_CLAIMS = java.util.List.of("nonce", "at_hash", "c_hash");

    private final ProviderDirectory directory;
    private final ProviderUsers users;
    private final SecurityEpochs epochs;
    private final VerifiedProviderTokens verified;

    public ProviderIdentityAugmentor(
            ProviderDirectory directory, ProviderUsers users, SecurityEpochs epochs, VerifiedProviderTokens verified) {
        this.directory = directory;
        this.users = users;
        this.epochs = epochs;
        this.verified = verified;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || identity.getAttribute(Caller.IDENTITY_ATTRIBUTE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (ID_TOKEN_CLAIMS.stream().anyMatch(token::containsClaim)) {
            // an ID token is for the client that asked for it, never a credential for an API (OpenID Connect Core
            // 3.1.3.7; RFC 9068 section 4): refused even when its aud is the provider's audience
            return Uni.createFrom().failure(new AuthenticationFailedException("An ID token is not an access token"));
        }
        RoutingContext routing = identity.getAttribute(RoutingContext.class.getName());
        Long resolvedAt = routing == null ? null : routing.get(ProviderTenants.EPOCH);
        return context.runBlocking(() -> {
            long epoch = resolvedAt != null ? resolvedAt : epochs.current();
            IdentityProvider provider = directory.requireActive(token.getIssuer(), epoch);
            SecurityIdentity caller = CallerIdentities.of(users.callerFor(provider, token, epoch));
            verified.remember(token.getRawToken(), provider, token); // the same token again: KnownProviderTokens
            return caller;
        });
    }
}
