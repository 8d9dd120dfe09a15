package org.imroc.tracker.common.idempotency;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.imroc.tracker.common.persistence.TrustScope;

/** Used until an authentication mechanism provides a {@link CallerId} of its own. */
@DefaultBean
@ApplicationScoped
public class AnonymousCallerId implements CallerId {

    @Override
    public String current() {
        return "anonymous";
    }

    @Override
    public TrustScope scope() {
        return TrustScope.only(Set.of());
    }
}
