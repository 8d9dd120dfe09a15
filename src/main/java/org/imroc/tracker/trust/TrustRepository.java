package org.imroc.tracker.trust;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.persistence.Where;

@ApplicationScoped
public class TrustRepository implements PanacheRepositoryBase<Trust, UUID> {

    /** The Trust if it exists and is in scope: out of scope is indistinguishable from not existing. */
    public Optional<Trust> findInScope(UUID id, TrustScope scope) {
        return scope.includes(id) ? findByIdOptional(id) : Optional.empty();
    }

    /** The Trust, or 404 exactly as for one that does not exist when it is outside the scope. */
    public Trust requireInScope(UUID id, TrustScope scope) {
        return findInScope(id, scope).orElseThrow(() -> ApiException.notFound("Trust", id));
    }

    /**
     * Refuses (422 on {@code field}) a list of Trust ids that names one that does not exist: what a user's, key's or
     * webhook's Trusts are checked with. One statement; repeated ids count once.
     */
    public void requireAllExist(Collection<UUID> ids, String field) {
        Set<UUID> distinct = new HashSet<>(ids);
        if (!distinct.isEmpty() && count("id in ?1", distinct) != distinct.size()) {
            throw ApiException.invalid(field, "names a Trust that does not exist");
        }
    }

    /**
     * 404 unless the Trust exists and is in scope, exactly as for one that does not exist. A caller limited to some
     * Trusts is answered from their grants alone (a granted Trust exists: the grants reference it), so only an
     * administrator's check reads the database.
     */
    public void requireKnown(UUID id, TrustScope scope) {
        if (!scope.includes(id) || (scope.all() && count("id", id) == 0)) {
            throw ApiException.notFound("Trust", id);
        }
    }

    /**
     * As {@link #requireInScope}, with the Trust's row locked until the transaction ends: the writes that must see
     * all of a Trust's units at once (their tree) take it, so they run one after another.
     */
    public Trust lockInScope(UUID id, TrustScope scope) {
        if (!scope.includes(id)) {
            throw ApiException.notFound("Trust", id);
        }
        return find("id", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Trust", id));
    }

    /**
     * A page of one Trust's records, refused with 404 as {@link #requireKnown} says. An administrator's Trust is
     * looked up only when the page comes back empty, so a list costs no statement beyond its own.
     */
    public <E> List<E> pageOf(UUID trustId, TrustScope scope, Supplier<List<E>> page) {
        if (!scope.includes(trustId)) {
            throw ApiException.notFound("Trust", trustId);
        }
        List<E> rows = page.get();
        if (rows.isEmpty()) {
            requireKnown(trustId, scope);
        }
        return rows;
    }

    public Optional<Trust> findByOdsCode(String odsCode) {
        return find("odsCode", odsCode).firstResultOptional();
    }

    /** One page of the Trusts in scope, in creation order, filtered by status and by a case-insensitive search of name and ODS code. */
    public List<Trust> page(TrustScope scope, TrustStatus status, String region, String search, PageRequest page) {
        Where where = new Where()
                .scopedTo(scope, "id")
                .and("status = :status", "status", status)
                .and(
                        "lower(region) = :region",
                        "region",
                        region == null ? null : region.trim().toLowerCase())
                .contains(search, "name", "odsCode")
                .after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }
}
