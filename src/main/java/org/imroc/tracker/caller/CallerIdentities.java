package org.imroc.tracker.caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The security identity of a caller, however it signed in: principal = caller id, its role and permissions. */
public final class CallerIdentities {

    private CallerIdentities() {}

    public static SecurityIdentity of(Caller caller) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.id().toString()))
                .addRole(caller.role().name())
                .addPermissionsAsString(Access.of(caller.role()))
                .addAttribute(Caller.IDENTITY_ATTRIBUTE, caller)
                .build();
    }
}
