package org.imroc.tracker.caller;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.imroc.tracker.common.idempotency.CallerId;
import org.imroc.tracker.common.persistence.TrustScope;

/**
 * The caller of the current request, for services. Fails closed: with no authenticated caller every method
 * throws, so a service cannot read Trust-owned data for nobody by mistake.
 */
@RequestScoped
public class CurrentCaller implements CallerId {

    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        Caller caller = identity.isAnonymous() ? null : identity.getAttribute(Caller.IDENTITY_ATTRIBUTE);
        if (caller == null) {
            throw new UnauthorizedException();
        }
        return caller;
    }

    /** The Trusts the caller may see; every Trust-owned query takes it. */
    @Override
    public TrustScope scope() {
        return get().scope();
    }

    @Override
    public String current() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
