package org.imroc.tracker.learningset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.persistence.TrackedEntity;

/**
 * A Trust's place in a learning set. Its pseudonym ("Trust B") is chosen at random from the free letters when it
 * first joins and kept for ever, so other members see the same letter every time and cannot tell the order in which
 * Trusts joined. Leaving keeps the row, its reports and its letter.
 */
@Entity
@Table(name = "learning_set_members")
public class Member extends TrackedEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "learning_set_id", nullable = false, updatable = false)
    private UUID learningSetId;

    @Column(name = "trust_id", nullable = false, updatable = false)
    private UUID trustId;

    @Column(nullable = false, length = 20, updatable = false)
    private String pseudonym;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Member() {}

    public Member(UUID learningSetId, UUID trustId, String pseudonym, LocalDate joinedOn) {
        this.learningSetId = learningSetId;
        this.trustId = trustId;
        this.pseudonym = pseudonym;
        this.joinedOn = joinedOn;
    }

    /** Back again after leaving: a new joining date, the same letter. */
    public void rejoin(LocalDate on) {
        this.joinedOn = on;
        this.leftOn = null;
    }

    public void leave(LocalDate on) {
        this.leftOn = on;
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    public UUID getLearningSetId() {
        return learningSetId;
    }

    public UUID getTrustId() {
        return trustId;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    /**
     * A letter no member of the set has had, chosen at random among the first max(26, members + 1) labels, so the
     * letters say nothing about the order in which Trusts joined.
     */
    public static String freePseudonym(List<Member> taken) {
        Set<String> used = new HashSet<>();
        taken.forEach(m -> used.add(m.getPseudonym()));
        List<String> free = new ArrayList<>();
        int range = Math.max(26, taken.size() + 1);
        for (int i = 0; i < range; i++) {
            String label = "Trust " + letters(i);
            if (!used.contains(label)) {
                free.add(label);
            }
        }
        return free.get(RANDOM.nextInt(free.size()));
    }

    /** A, B, … Z, AA, AB, … (spreadsheet column letters). */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }
}
