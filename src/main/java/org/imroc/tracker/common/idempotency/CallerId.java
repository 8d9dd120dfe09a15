package org.imroc.tracker.common.idempotency;

/** The stable identity of whoever sent the current request, used to scope what belongs to a caller. */
public interface CallerId {

    String current();
}
