package org.imroc.tracker.common.idempotency;

import org.imroc.tracker.common.persistence.TrustScope;

/** The stable identity of whoever sent the current request, used to scope what belongs to a caller. */
public interface CallerId {

    String current();

    /** The Trusts the caller may see now (a replayed response is checked against it again). */
    TrustScope scope();
}
