package org.imroc.tracker.measure.units;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.unit.Unit;

/**
 * A Trust's units as a spreadsheet names them: by id, or by name in any case (an open unit before a closed one of
 * the same name). For the {@code unit} column of an observation upload.
 */
public final class UnitNames {

    /** Stands for a unit a row left out, so that the row's other problems are still reported. */
    public static final UUID NOT_GIVEN = new UUID(0, 0);

    private final Map<UUID, Unit> byId = new HashMap<>();
    private final Map<String, UUID> byName = new HashMap<>();

    public UnitNames(List<Unit> units) {
        for (Unit unit : units) {
            byId.put(unit.getId(), unit);
            String key = Unit.nameKey(unit.getName());
            if (unit.isOpen() || !byName.containsKey(key)) {
                byName.put(key, unit.getId());
            }
        }
    }

    /** The unit named or numbered {@code text}, or null. */
    public UUID find(String text) {
        try {
            UUID id = UUID.fromString(text);
            if (byId.containsKey(id)) {
                return id;
            }
        } catch (IllegalArgumentException notAnId) {
            // a name
        }
        return byName.get(Unit.nameKey(text));
    }
}
