package org.imroc.tracker.caller;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;
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

    /**
     * The change feed's last number as read when the caller was checked at the start of this request, if it was
     * ({@link CallerIdentities#FEED_SEQ_ATTRIBUTE}).
     */
    public OptionalLong feedSeqAtCheck() {
        Long seq = identity.isAnonymous() ? null : identity.getAttribute(CallerIdentities.FEED_SEQ_ATTRIBUTE);
        return seq == null ? OptionalLong.empty() : OptionalLong.of(seq);
    }

    @Override
    public String current() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
