package org.imroc.tracker.apikey;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.Where;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    /** The key with its Trusts in one statement, found by its secret: runs on every request made with a key. */
    public Optional<ApiKey> findByKey(String key) {
        return find("select k from ApiKey k left join fetch k.trustIds where k.keyHash = ?1", ApiKeySecrets.hash(key))
                .singleResultOptional();
    }

    public List<ApiKey> page(PageRequest page) {
        Where where = new Where().after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }
}
