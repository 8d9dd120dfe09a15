package org.imroc.tracker.user;

import jakarta.enterprise.context.ApplicationScoped;
import org.imroc.tracker.caller.CurrentCaller;

/** Who the caller is: the user or integration key behind the credential, and the Trusts they may see. */
@ApplicationScoped
public class MeService {

    private final CurrentCaller caller;

    public MeService(CurrentCaller caller) {
        this.caller = caller;
    }

    public MeResponse me() {
        return MeResponse.from(caller.get());
    }
}
