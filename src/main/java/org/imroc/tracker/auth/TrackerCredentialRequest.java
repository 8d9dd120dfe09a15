package org.imroc.tracker.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * A bearer credential of the tracker's own: an access token it issued or an integration key. Its own request type,
 * so Quarkus OIDC's identity provider (for Trusts' identity providers' tokens) never sees one, and this service's
 * never sees theirs.
 */
public class TrackerCredentialRequest extends BaseAuthenticationRequest {

    private final String credential;

    public TrackerCredentialRequest(String credential) {
        this.credential = credential;
    }

    public String credential() {
        return credential;
    }
}
