package org.imroc.tracker.unit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.persistence.Where;

@ApplicationScoped
public class UnitRepository implements TrustOwnedRepository<Unit> {

    /** The filters of a unit list; null means "any". */
    public record Filter(UUID trustId, UnitKind kind, UUID parentId, Boolean open) {}

    /** A page of units in the caller's scope, in creation order. */
    public List<Unit> page(TrustScope scope, Filter filter, PageRequest page) {
        Where where = new Where()
                .scopedTo(scope, "trustId")
                .and("trustId = :trustId", "trustId", filter.trustId())
                .and("kind = :kind", "kind", filter.kind())
                .and("parentId = :parentId", "parentId", filter.parentId());
        if (filter.open() != null) {
            where.always(filter.open() ? "closedOn is null" : "closedOn is not null");
        }
        where.after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }

    /** Every unit of the Trust, open or closed, as the tree's rules need them (a Trust has dozens). */
    public UnitTree treeOf(UUID trustId) {
        return new UnitTree(list("trustId", trustId).stream()
                .map(u -> new UnitTree.Node(u.getId(), u.getParentId(), u.getName(), u.isOpen()))
                .toList());
    }

    /** Every unit of the Trust, for an upload that names parents by name. */
    public List<Unit> ofTrust(UUID trustId) {
        return list("trustId = ?1 order by createdAt, id", trustId);
    }

    /** The Trust's open units of one kind, in creation order. */
    public List<Unit> openOfKind(UUID trustId, UnitKind kind) {
        return list("trustId = ?1 and kind = ?2 and closedOn is null order by createdAt, id", trustId, kind);
    }

    public long countSubunits(UUID unitId) {
        return count("parentId", unitId);
    }

    /**
     * The unit {@code unitId} for a new record of {@code trustId}: one of the Trust's units (else 422 on
     * {@code field}, as if it did not exist) and open (a closed unit takes no new records: 422).
     */
    public Unit requireOpenUnitOf(UUID unitId, UUID trustId, String field) {
        Unit unit = requireOfTrust(unitId, trustId, field, "must be a unit of the same Trust");
        if (!unit.isOpen()) {
            throw ApiException.invalid(
                    field,
                    "unit '" + unit.getName() + "' closed on " + unit.getClosedOn() + " and takes no new records");
        }
        return unit;
    }
}
