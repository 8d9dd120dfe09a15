package org.imroc.tracker.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.caller.Caller;

/** Builds the security identity: principal = caller id, the role and its permissions ({@link Access}), the {@link Caller}. */
@ApplicationScoped
public class CallerIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final Authenticator authenticator;

    public CallerIdentityProvider(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String credential = request.getToken().getToken();
        return context.runBlocking(() -> authenticator
                .authenticate(credential)
                .map(caller -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(caller.id().toString()))
                        .addRole(caller.role().name())
                        .addPermissionsAsString(Access.of(caller.role()))
                        .addAttribute(Caller.IDENTITY_ATTRIBUTE, caller)
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException("Credential not accepted")));
    }
}
