package org.imroc.tracker.caller;

import java.util.Optional;

/**
 * The one way the service takes a bearer credential out of an {@code Authorization} header: the scheme matched without
 * regard to case, then the rest trimmed. The tracker's own mechanism, the known-provider-token mechanism and the
 * providers' tenant resolver all read it here, so a token one of them remembered is the same string the others look
 * up.
 */
public final class BearerCredentials {

    private static final String SCHEME = "Bearer ";

    private BearerCredentials() {}

    /**
     * The credential after {@code Bearer }, trimmed; empty when there is no header, another scheme, or nothing after
     * the scheme (each caller refuses or ignores that as it must).
     */
    public static Optional<String> from(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(SCHEME.length()).trim()).filter(credential -> !credential.isEmpty());
    }
}
