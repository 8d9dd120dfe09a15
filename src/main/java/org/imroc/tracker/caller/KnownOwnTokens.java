package org.imroc.tracker.caller;

/**
 * The tracker's own access tokens, as far as another feature needs to know them: whether a token is one the tracker
 * issued and has verified before. The identity providers' tenant resolver asks it before parsing a token for its
 * issuer ({@code auth.AccessTokens} answers; this interface keeps the identity feature from depending on auth, which
 * depends on it).
 */
public interface KnownOwnTokens {

    /** Whether this token is one of the tracker's own, verified before and still remembered: no parse. */
    boolean verifiedBefore(String token);
}
