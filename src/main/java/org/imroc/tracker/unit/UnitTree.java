package org.imroc.tracker.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;

/**
 * The units of one Trust as a tree, for the rules that need all of it: a unit's parent is an open unit of the same
 * Trust, never the unit itself or one below it, and no branch is deeper than {@link #MAX_DEPTH} levels. Plain Java,
 * built from the Trust's units in one statement.
 */
public final class UnitTree {

    /** A site, a service on it, a ward or team in the service, and one level more: four levels. */
    public static final int MAX_DEPTH = 4;

    /** One unit as the tree sees it. */
    public record Node(UUID id, UUID parentId, String name, boolean open) {}

    private final Map<UUID, Node> byId = new HashMap<>();
    private final Map<UUID, List<UUID>> children = new HashMap<>();

    public UnitTree(List<Node> nodes) {
        nodes.forEach(this::add);
    }

    /** Adds (or replaces) a unit, e.g. one created earlier in the same upload. */
    public void add(Node node) {
        Node before = byId.put(node.id(), node);
        if (before != null && before.parentId() != null) {
            children.getOrDefault(before.parentId(), new ArrayList<>()).remove(node.id());
        }
        if (node.parentId() != null) {
            children.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node.id());
        }
    }

    /**
     * Checks that unit {@code id} (null for a new one) may sit under {@code parentId}: the parent is one of this
     * Trust's units and open, not the unit or one of its subunits, and the unit's deepest subunit stays within
     * {@link #MAX_DEPTH} levels. 422 on {@code field}.
     */
    public void requirePlace(UUID id, UUID parentId, String field) {
        if (parentId == null) {
            requireDepth(id, 0, field);
            return;
        }
        Node parent = byId.get(parentId);
        if (parent == null) {
            throw ApiException.invalid(field, "must be a unit of the same Trust");
        }
        if (!parent.open()) {
            throw ApiException.invalid(field, "unit '" + parent.name() + "' is closed and takes no new subunits");
        }
        if (id != null && (id.equals(parentId) || below(id).contains(parentId))) {
            throw ApiException.invalid(field, "must not be the unit itself or one of its subunits");
        }
        requireDepth(id, depth(parentId), field);
    }

    /** How many levels from the top down to {@code id} (a top-level unit is at depth 1). */
    public int depth(UUID id) {
        int depth = 0;
        Set<UUID> seen = new HashSet<>();
        UUID at = id;
        while (at != null && seen.add(at)) {
            depth++;
            Node node = byId.get(at);
            at = node == null ? null : node.parentId();
        }
        return depth;
    }

    /** Every unit below {@code id}, at any depth. */
    public Set<UUID> below(UUID id) {
        Set<UUID> found = new HashSet<>();
        List<UUID> todo = new ArrayList<>(children.getOrDefault(id, List.of()));
        while (!todo.isEmpty()) {
            UUID next = todo.remove(todo.size() - 1);
            if (found.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return found;
    }

    /** The unit's name, or "unknown" when it is not one of this Trust's units. */
    public String nameOf(UUID id) {
        Node node = byId.get(id);
        return node == null ? "unknown" : node.name();
    }

    /** The open units directly below {@code id}. */
    public List<Node> openChildren(UUID id) {
        return children.getOrDefault(id, List.of()).stream()
                .map(byId::get)
                .filter(Node::open)
                .toList();
    }

    private void requireDepth(UUID id, int parentDepth, String field) {
        int height = id == null ? 1 : height(id);
        if (parentDepth + height > MAX_DEPTH) {
            throw ApiException.invalid(
                    field,
                    "units nest at most " + MAX_DEPTH + " levels deep (site, service, ward or team, one more); "
                            + "this would make " + (parentDepth + height));
        }
    }

    /** Levels from {@code id} down to its deepest subunit, itself included. */
    private int height(UUID id) {
        int deepest = 0;
        for (UUID child : children.getOrDefault(id, List.of())) {
            deepest = Math.max(deepest, height(child));
        }
        return deepest + 1;
    }
}
