package org.imroc.tracker.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.csv.CsvUpload;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.FieldError;

/**
 * The order in which an upload's rows become units, checked against the Trust's units before anything is written:
 * names free among the open units and once in the file, each parent found (an open unit by name, any unit by id,
 * or another row), parents before their subunits whatever the row order, no loop, at most four levels. Every problem
 * of every row is reported at once, in row order (422). Plain Java: the service only creates what it is told.
 */
final class UnitUploadPlan {

    /** One unit to create: its row and its parent, an existing unit or the row that creates it (neither: the top). */
    record Step(UnitCsv.Draft draft, UUID existingParent, Integer parentRow) {}

    private UnitUploadPlan() {}

    static List<Step> of(List<UnitCsv.Draft> drafts, List<UnitTree.Node> existing) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, UUID> openByName = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        existing.forEach(node -> {
            ids.add(node.id());
            if (node.open()) {
                openByName.put(Unit.nameKey(node.name()), node.id());
            }
        });
        Map<String, UnitCsv.Draft> inFile = new HashMap<>();
        for (UnitCsv.Draft draft : drafts) {
            String name = Unit.nameKey(draft.request().name());
            if (openByName.containsKey(name)) {
                errors.add(new FieldError(
                        draft.field("name"),
                        "an open unit of this Trust is already named '"
                                + draft.request().name() + "'"));
            } else if (inFile.putIfAbsent(name, draft) != null) {
                errors.add(new FieldError(
                        draft.field("name"),
                        "'" + draft.request().name() + "' is also row "
                                + inFile.get(name).row() + " of this file"));
            }
        }
        requireNone(errors);
        UnitTree tree = new UnitTree(existing);
        Map<Integer, UUID> placed = new HashMap<>(); // a row's place in the tree while planning
        Set<Integer> failed = new HashSet<>();
        List<Step> steps = new ArrayList<>();
        List<UnitCsv.Draft> waiting = new ArrayList<>(drafts);
        while (!waiting.isEmpty()) { // parents before their subunits, whatever the row order
            List<UnitCsv.Draft> next = new ArrayList<>();
            for (UnitCsv.Draft draft : waiting) {
                UnitCsv.Draft parentRow = draft.parent() == null ? null : inFile.get(Unit.nameKey(draft.parent()));
                if (parentRow != null && failed.contains(parentRow.row())) {
                    failed.add(draft.row()); // its parent's row is reported
                } else if (parentRow != null && !placed.containsKey(parentRow.row())) {
                    next.add(draft);
                } else {
                    UUID existingParent = parentRow == null ? existingParent(draft, openByName, ids, errors) : null;
                    UUID parentId = parentRow != null ? placed.get(parentRow.row()) : existingParent;
                    if (draft.parent() != null && parentId == null) {
                        failed.add(draft.row());
                        continue;
                    }
                    try {
                        tree.requirePlace(null, parentId, draft.field("parent"));
                    } catch (ApiException e) {
                        errors.addAll(e.errors());
                        failed.add(draft.row());
                        continue;
                    }
                    UUID place = UUID.randomUUID();
                    tree.add(new UnitTree.Node(place, parentId, draft.request().name(), true));
                    placed.put(draft.row(), place);
                    steps.add(new Step(draft, existingParent, parentRow == null ? null : parentRow.row()));
                }
            }
            if (next.size() == waiting.size()) { // what is left names each other in a loop
                next.forEach(d -> errors.add(new FieldError(
                        d.field("parent"), "'" + d.parent() + "' is, through other rows, a subunit of this row")));
                break;
            }
            waiting = next;
        }
        requireNone(errors);
        return steps;
    }

    /** 422 with the problems in row order, if there are any. */
    static void requireNone(List<FieldError> errors) {
        CsvUpload.requireNone(errors.stream()
                .sorted(Comparator.comparingInt(UnitUploadPlan::rowOf))
                .toList());
    }

    /** The parent a row names among the Trust's units: an open unit by name, or any of its units by id. */
    private static UUID existingParent(
            UnitCsv.Draft draft, Map<String, UUID> openByName, Set<UUID> ids, List<FieldError> errors) {
        if (draft.parent() == null) {
            return null;
        }
        UUID byName = openByName.get(Unit.nameKey(draft.parent()));
        if (byName != null) {
            return byName;
        }
        try {
            UUID id = UUID.fromString(draft.parent());
            if (ids.contains(id)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // not an id: reported below as an unknown name
        }
        errors.add(new FieldError(
                draft.field("parent"),
                "no open unit of this Trust and no row of this file is named '" + CsvUpload.abbreviate(draft.parent())
                        + "'"));
        return null;
    }

    /** The row a problem names ("row 4.name"), for ordering. */
    private static int rowOf(FieldError error) {
        String field = error.field();
        try {
            return Integer.parseInt(field.substring(field.indexOf(' ') + 1, field.indexOf('.')));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}
