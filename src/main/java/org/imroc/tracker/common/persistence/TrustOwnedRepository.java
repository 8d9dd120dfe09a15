package org.imroc.tracker.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;

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

    /**
     * As {@link #findInScope}, with the row locked until the transaction ends: read and locked in one statement, so
     * a change committed meanwhile is read rather than found stale later.
     */
    default Optional<T> lockInScope(UUID id, TrustScope scope) {
        if (id == null) {
            return Optional.empty();
        }
        Where where = new Where().and("id = :id", "id", id).scopedTo(scope, "trustId");
        return find(where.query(), where.params())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * The record {@code id} if it belongs to {@code trustId}, for links between one Trust's records (an action's
     * goal, a visit's assessment …); otherwise 422 naming the field, as if it did not exist.
     */
    default T requireOfTrust(UUID id, UUID trustId, String field, String message) {
        return findByIdOptional(id)
                .filter(entity -> entity.getTrustId().equals(trustId))
                .orElseThrow(() -> ApiException.invalid(field, message));
    }
}
