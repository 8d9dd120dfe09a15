package org.imroc.tracker.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.Where;

@ApplicationScoped
public class IdentityProviderRepository implements PanacheRepositoryBase<IdentityProvider, UUID> {

    public List<IdentityProvider> page(UUID trustId, PageRequest page) {
        Where where = new Where().and("trustId = :trustId", "trustId", trustId).after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }

    /** Every active provider: few rows (one or two per Trust that has one), read when the security epoch moves. */
    public List<IdentityProvider> active() {
        return list("active", true);
    }

    public Optional<IdentityProvider> findByIssuer(String issuer) {
        return find("issuer", issuer).firstResultOptional();
    }
}
