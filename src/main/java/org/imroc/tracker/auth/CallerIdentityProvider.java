package org.imroc.tracker.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.imroc.tracker.caller.CallerIdentities;

/** Builds the security identity: principal = caller id, the role and its permissions ({@link Access}), the {@link Caller}. */
@ApplicationScoped
public class CallerIdentityProvider implements IdentityProvider<TrackerCredentialRequest> {

    private final Authenticator authenticator;

    public CallerIdentityProvider(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Class<TrackerCredentialRequest> getRequestType() {
        return TrackerCredentialRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrackerCredentialRequest request, AuthenticationRequestContext context) {
        String credential = request.credential();
        return context.runBlocking(() -> authenticator
                .authenticate(credential)
                .map(a -> CallerIdentities.of(a.caller(), a.feedSeq()))
                .orElseThrow(() -> new AuthenticationFailedException("Credential not accepted")));
    }
}
