package org.imroc.tracker.identity;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token of a Trust's identity provider that was verified before ({@link VerifiedProviderTokens}). */
public final class KnownProviderTokenRequest extends BaseAuthenticationRequest {

    private final String rawToken;
    private final VerifiedProviderTokens.Verified verified;

    KnownProviderTokenRequest(String rawToken, VerifiedProviderTokens.Verified verified) {
        this.rawToken = rawToken;
        this.verified = verified;
    }

    String rawToken() {
        return rawToken;
    }

    VerifiedProviderTokens.Verified verified() {
        return verified;
    }
}
