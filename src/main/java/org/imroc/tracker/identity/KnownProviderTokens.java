package org.imroc.tracker.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.imroc.tracker.caller.CallerIdentities;
import org.imroc.tracker.caller.SecurityEpochs;

/**
 * The caller behind a provider token verified before: as of this request's security epoch (one statement, which also
 * reads the change feed's number, as for the tracker's own tokens), the provider must still be active and the same
 * version that verified the token, and the person is resolved as on the first request ({@link ProviderUsers}: a user
 * disabled since is refused, a changed role applies). A provider that is active but changed since fails with
 * {@link ProviderChanged}: the mechanism then leaves the token to Quarkus OIDC, which verifies it again under the
 * provider's new settings.
 */
@ApplicationScoped
public class KnownProviderTokens implements io.quarkus.security.identity.IdentityProvider<KnownProviderTokenRequest> {

    /** The provider that verified a remembered token has changed since, but is still active. */
    static final class ProviderChanged extends RuntimeException {
        ProviderChanged() {
            super(null, null, false, false);
        }
    }

    private final VerifiedProviderTokens tokens;
    private final ProviderDirectory directory;
    private final ProviderUsers users;
    private final SecurityEpochs epochs;

    public KnownProviderTokens(
            VerifiedProviderTokens tokens, ProviderDirectory directory, ProviderUsers users, SecurityEpochs epochs) {
        this.tokens = tokens;
        this.directory = directory;
        this.users = users;
        this.epochs = epochs;
    }

    @Override
    public Class<KnownProviderTokenRequest> getRequestType() {
        return KnownProviderTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(KnownProviderTokenRequest request, AuthenticationRequestContext context) {
        VerifiedProviderTokens.Verified verified = request.verified();
        return context.runBlocking(() -> {
            SecurityEpochs.Reading reading = epochs.read();
            IdentityProvider provider;
            try {
                provider = directory.requireActive(verified.issuer(), reading.epoch());
            } catch (AuthenticationFailedException e) {
                tokens.forget(request.rawToken()); // inactive or deleted: refused, and not looked up again
                throw e;
            }
            if (!provider.getId().equals(verified.providerId())
                    || provider.getVersion() != verified.providerVersion()) {
                tokens.forget(request.rawToken());
                throw new ProviderChanged();
            }
            return CallerIdentities.of(users.callerFor(provider, verified.token(), reading.epoch()), reading.feedSeq());
        });
    }
}
