package org.imroc.tracker.unit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
        return new UnitTree(treeNodesOf(trustId));
    }

    /** Every unit of the Trust as a node of its tree, in one statement. */
    public List<UnitTree.Node> treeNodesOf(UUID trustId) {
        return nodes(list("trustId", trustId));
    }

    private static List<UnitTree.Node> nodes(List<Unit> units) {
        return units.stream()
                .map(u -> new UnitTree.Node(u.getId(), u.getParentId(), u.getName(), u.isOpen()))
                .toList();
    }

    /** Every unit of the Trust, for an upload that names parents by name. */
    public List<Unit> ofTrust(UUID trustId) {
        return list("trustId = ?1 order by createdAt, id", trustId);
    }

    /**
     * A number that changes whenever one of the Trust's units is added, changed or deleted (count, highest version
     * and latest change): one statement.
     */
    public long stamp(UUID trustId) {
        Object[] row = getEntityManager()
                .createQuery(
                        "select count(u), coalesce(sum(u.version), 0), max(u.updatedAt) from Unit u where u.trustId = :t",
                        Object[].class)
                .setParameter("t", trustId)
                .getSingleResult();
        return java.util.Objects.hash(row[0], row[1], row[2]);
    }

    /** Every unit of the given Trusts, in one statement. */
    public List<Unit> ofTrusts(java.util.Collection<UUID> trustIds) {
        return list("trustId in ?1 order by createdAt, id", trustIds);
    }

    /** The Trust's open units of one kind, in creation order. */
    public List<Unit> openOfKind(UUID trustId, UnitKind kind) {
        return list("trustId = ?1 and kind = ?2 and closedOn is null order by createdAt, id", trustId, kind);
    }

    /**
     * The units a {@code unitId} list filter matches: none asked (null), the unit alone, or with
     * {@code includeSubunits} the unit and every unit below it, read with its Trust's units in one statement. A unit
     * that does not exist, or that the caller may not see, gives ids that no record in the caller's scope is on: the
     * list is empty, never an error that would tell that the unit exists.
     */
    public Set<UUID> filterIds(UUID unitId, boolean includeSubunits) {
        if (unitId == null) {
            return null;
        }
        Set<UUID> ids = new HashSet<>();
        ids.add(unitId);
        if (includeSubunits) {
            ids.addAll(new UnitTree(nodes(list("trustId = (select u.trustId from Unit u where u.id = ?1)", unitId)))
                    .below(unitId));
        }
        return ids;
    }

    /**
     * Checks the unit a record of Trust {@code trustId} is put on: null (no unit) or {@code current} (the unit it is
     * already on, which it keeps even once closed) pass; any other must be an open unit of the same Trust. 422 on
     * {@code unitId}. Returns the unit, or null when none is checked.
     */
    public Unit requireOpenFor(UUID trustId, UUID unitId, UUID current) {
        if (unitId == null || unitId.equals(current)) {
            return null;
        }
        Unit unit = requireOfTrust(unitId, trustId, "unitId", "must be a unit of the same Trust");
        if (!unit.isOpen()) {
            throw ApiException.invalid(
                    "unitId",
                    "unit '" + unit.getName() + "' closed on " + unit.getClosedOn() + " and takes no new records");
        }
        return unit;
    }

    /**
     * Checks a unit lead's units, in one statement: each a unit of Trust {@code trustId}, and open unless the user
     * already has it ({@code current}: a lead keeps a unit that closed). 422 on {@code field}.
     */
    public void requireLeadUnits(UUID trustId, Set<UUID> unitIds, Set<UUID> current, String field) {
        Map<UUID, Unit> found = list("id in ?1", unitIds).stream().collect(Collectors.toMap(Unit::getId, u -> u));
        for (UUID id : unitIds) {
            Unit unit = found.get(id);
            if (unit == null || !unit.getTrustId().equals(trustId)) {
                throw ApiException.invalid(field, "must be units of the user's Trust");
            }
            if (!unit.isOpen() && !current.contains(id)) {
                throw ApiException.invalid(
                        field, "unit '" + unit.getName() + "' is closed and takes no new unit leads");
            }
        }
    }

    /** Whether {@code unitId} is {@code topId} or one of the units below it, in Trust {@code trustId}. */
    public boolean isAtOrBelow(UUID trustId, UUID unitId, UUID topId) {
        return unitId.equals(topId) || treeOf(trustId).below(topId).contains(unitId);
    }

    public long countSubunits(UUID unitId) {
        return count("parentId", unitId);
    }
}
