package org.imroc.tracker.unit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Collections;
import java.util.UUID;
import org.imroc.tracker.caller.Caller;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.imroc.tracker.common.write.UnitPlaced;
import org.imroc.tracker.common.write.WriteGuard;

/**
 * Where a unit lead may write: on its units and the units below them, nowhere else (a record of the Trust as a
 * whole included). Every other role passes: its Trust scope and permissions have been checked already. Fails
 * closed: a record that cannot say where it sits is refused to a unit lead. Every write through Writes asks it
 * before and after the change; every create of a record that may sit on a unit asks it for the unit asked for.
 */
@ApplicationScoped
public class UnitAuthority implements WriteGuard {

    private final CurrentCaller caller;
    private final UnitRepository units;

    public UnitAuthority(CurrentCaller caller, UnitRepository units) {
        this.caller = caller;
        this.units = units;
    }

    /**
     * A no-op for every role but UNIT_LEAD; for a unit lead, 403 unless {@code unitId} is one of its units or below
     * one of them (one statement: the Trust's units).
     */
    public void requireWritable(UUID trustId, UUID unitId) {
        requireWritable(trustId, Collections.singleton(unitId));
    }

    /**
     * As {@link #requireWritable(UUID, UUID)} for every unit of a batch (a unit lead recording its wards' figures):
     * the Trust's units are read once, whatever the number of units.
     */
    public void requireWritable(UUID trustId, Collection<UUID> unitIds) {
        Caller current = caller.get();
        if (current.role() != Role.UNIT_LEAD) {
            return;
        }
        UnitTree tree = null;
        for (UUID unitId : unitIds) {
            if (unitId == null) {
                throw refused("This record belongs to the Trust as a whole, not to one of your units.");
            }
            if (current.unitIds().contains(unitId)) {
                continue;
            }
            tree = tree == null ? units.treeOf(trustId) : tree;
            UnitTree known = tree;
            if (current.unitIds().stream().noneMatch(own -> known.below(own).contains(unitId))) {
                throw refused(
                        "Unit '" + tree.nameOf(unitId) + "' (" + unitId + ") is not one of your units or below one.");
            }
        }
    }

    @Override
    public void requireWritable(Object entity) {
        if (caller.get().role() != Role.UNIT_LEAD) {
            return;
        }
        if (!(entity instanceof UnitPlaced placed)) {
            throw refused("A unit lead writes only records that belong to a unit.");
        }
        requireWritable(placed.getTrustId(), placed.getUnitId());
    }

    private static ApiException refused(String detail) {
        return new ApiException(ProblemType.NOT_ON_YOUR_UNITS, detail);
    }
}
