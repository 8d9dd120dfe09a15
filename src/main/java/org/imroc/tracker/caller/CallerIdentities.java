package org.imroc.tracker.caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The security identity of a caller, however it signed in: principal = caller id, its role and permissions. */
public final class CallerIdentities {

    private CallerIdentities() {}

    /**
     * The identity's attribute holding the change feed's last number as read with the security epoch when the caller
     * was checked (absent when it was not read then, as for an identity provider's token).
     */
    public static final String FEED_SEQ_ATTRIBUTE = "tracker.feed-seq";

    public static SecurityIdentity of(Caller caller) {
        return builder(caller).build();
    }

    /** As {@link #of(Caller)}, knowing the change feed's last number at the time of the check. */
    public static SecurityIdentity of(Caller caller, long feedSeq) {
        return builder(caller).addAttribute(FEED_SEQ_ATTRIBUTE, feedSeq).build();
    }

    private static QuarkusSecurityIdentity.Builder builder(Caller caller) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.id().toString()))
                .addRole(caller.role().name())
                .addPermissionsAsString(Access.of(caller.role()))
                .addAttribute(Caller.IDENTITY_ATTRIBUTE, caller);
    }
}
