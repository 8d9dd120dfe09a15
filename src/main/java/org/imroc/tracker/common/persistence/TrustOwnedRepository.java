package org.imroc.tracker.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Optional;
import java.util.UUID;

/**
 * Repository of a Trust-owned entity. It offers reads by id only within a {@link TrustScope}, so a record of
 * another Trust is not found rather than returned.
 */
public interface TrustOwnedRepository<T extends TrustOwnedEntity> extends PanacheRepositoryBase<T, UUID> {

    default Optional<T> findInScope(UUID id, TrustScope scope) {
        if (id == null) {
            return Optional.empty();
        }
        Where where = new Where().and("id = :id", "id", id).scopedTo(scope, "trustId");
        return find(where.query(), where.params()).firstResultOptional();
    }
}
