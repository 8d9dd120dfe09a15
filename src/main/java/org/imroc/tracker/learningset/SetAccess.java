package org.imroc.tracker.learningset;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;

/**
 * The one place a learning set is found for a request: visible to the caller or 404 (exactly as for one that does
 * not exist), and run by the caller or 403. Every operation on a set, its members, sessions, reports and comparison
 * starts here, so a forgotten check fails closed.
 */
@ApplicationScoped
public class SetAccess {

    private final LearningSetRepository sets;
    private final MemberRepository members;
    private final CurrentCaller caller;

    public SetAccess(LearningSetRepository sets, MemberRepository members, CurrentCaller caller) {
        this.sets = sets;
        this.members = members;
        this.caller = caller;
    }

    /** A set as one caller sees it: the set, every member it has had, and what the caller may see of them. */
    public record Seen(LearningSet set, List<Member> members, SetViewer viewer) {

        public List<Member> current() {
            return members.stream().filter(Member::isCurrent).toList();
        }

        public Member member(UUID trustId) {
            return members.stream()
                    .filter(m -> m.getTrustId().equals(trustId))
                    .findFirst()
                    .orElse(null);
        }

        /** How the caller sees a member: its name, or its pseudonym. */
        public boolean names(UUID trustId) {
            return viewer.names(set, trustId);
        }

        public boolean managed() {
            return viewer.manages(set);
        }

        /** The member's label for the caller: its name (from {@code names}) if they may name it, else its letter. */
        public String label(Member m, Map<UUID, String> names) {
            return names(m.getTrustId()) ? names.getOrDefault(m.getTrustId(), m.getPseudonym()) : m.getPseudonym();
        }

        /**
         * Members in the order of their labels, so the order says nothing a label does not (not who joined first):
         * the names the caller may see sort among the letters, and letters as a spreadsheet's columns do
         * ("Trust Z" before "Trust AA").
         */
        public Comparator<Member> labelOrder(Map<UUID, String> names) {
            return Comparator.comparing((Member m) -> sortKey(label(m, names))).thenComparing(Member::getPseudonym);
        }
    }

    /** A label as it sorts: a pseudonym's letters right-aligned, so that fewer letters come first. */
    static String sortKey(String label) {
        if (label.matches("Trust [A-Z]{1,3}")) {
            String letters = label.substring("Trust ".length());
            return "Trust " + " ".repeat(3 - letters.length()) + letters;
        }
        return label;
    }

    public SetViewer viewer() {
        return SetViewer.of(caller.get());
    }

    /** The set if the caller may see it (404 otherwise), with its members: two statements. */
    public Seen visible(UUID setId) {
        return visible(setId, () -> ApiException.notFound("Learning set", setId));
    }

    /**
     * The set of a record the caller asked for by the record's own id (a session, a report): when the caller may not
     * see the set, the answer is the record's own 404, exactly as for a record that does not exist, never the set's
     * (which would confirm the record and hand out the hidden set's id).
     */
    public Seen visible(UUID setId, Supplier<ApiException> otherwise) {
        SetViewer viewer = viewer();
        LearningSet set = sets.findVisible(setId, viewer).orElseThrow(otherwise);
        return new Seen(set, members.ofSet(setId), viewer);
    }

    /** The set if the caller runs it: 404 when they cannot see it, 403 when they see it but do not run it. */
    public Seen managed(UUID setId) {
        return managed(visible(setId));
    }

    /** 403 unless the caller runs the set already found visible. */
    public Seen managed(Seen seen) {
        if (!seen.managed()) {
            throw ApiException.forbidden("Only the set's facilitators and administrators may change it.");
        }
        return seen;
    }
}
