package org.imroc.tracker.trust;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.Where;

@ApplicationScoped
public class TrustRepository implements PanacheRepositoryBase<Trust, UUID> {

    public Optional<Trust> findByOdsCode(String odsCode) {
        return find("odsCode", odsCode).firstResultOptional();
    }

    /** One page in creation order, filtered by status and by a case-insensitive search of name and ODS code. */
    public List<Trust> page(TrustStatus status, String search, PageRequest page) {
        Where where = new Where()
                .and("status = :status", "status", status)
                .contains(search, "name", "odsCode")
                .after(page);
        return find(where.inCreationOrder(), where.params()).page(0, page.fetchSize()).list();
    }
}
