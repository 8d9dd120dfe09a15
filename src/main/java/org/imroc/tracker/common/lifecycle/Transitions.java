package org.imroc.tracker.common.lifecycle;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.imroc.tracker.common.error.ApiException;

/**
 * The table of which state may follow which, for an entity with a lifecycle. The entity owns one as a constant
 * and calls {@link #check} first thing in its {@code moveTo}; the rules a move needs beyond the table (a reason, a
 * date, a filled-in field) stay in the entity. Every state is a key, so a state added to the enum without a row
 * fails when the class loads rather than at the first move. A status never changes by a merge patch: the
 * transitions endpoint of the resource is the one way in.
 *
 * @param <S> the enum of states
 */
public final class Transitions<S extends Enum<S>> {

    private final String noun;
    private final Map<S, Set<S>> next;

    private Transitions(String noun, Map<S, Set<S>> next) {
        this.noun = noun;
        this.next = next;
    }

    /**
     * The table for {@code type}: {@code rows} maps each state to the states it may move to. A state without a row
     * is an error; an end state has an empty row.
     *
     * @param noun how a refusal names the entity, for example "A visit"
     */
    public static <S extends Enum<S>> Transitions<S> of(String noun, Class<S> type, Map<S, Set<S>> rows) {
        Map<S, Set<S>> table = new EnumMap<>(type);
        for (S state : type.getEnumConstants()) {
            Set<S> row = rows.get(state);
            if (row == null) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + state + " has no row");
            }
            table.put(
                    state,
                    row.isEmpty()
                            ? Collections.unmodifiableSet(EnumSet.noneOf(type))
                            : Collections.unmodifiableSet(EnumSet.copyOf(row)));
        }
        return new Transitions<>(noun, Collections.unmodifiableMap(table));
    }

    /** The states {@code from} may move to (empty for an end state). */
    public Set<S> from(S from) {
        return next.get(from);
    }

    public boolean allows(S from, S to) {
        return next.get(from).contains(to);
    }

    /** Refuses (409) a move to the same state or one the table does not list, naming where it may go instead. */
    public void check(S from, S to) {
        if (from == to) {
            throw ApiException.conflict(noun + " is already " + from + ".");
        }
        if (!allows(from, to)) {
            Set<S> options = next.get(from);
            throw ApiException.conflict(noun + " cannot move from " + from + " to " + to + "; "
                    + (options.isEmpty() ? from + " is final." : "from " + from + " it may move to " + options + "."));
        }
    }
}
