package org.imroc.tracker.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ChallengeRepository implements PanacheRepositoryBase<Challenge, Integer> {

    private volatile List<Challenge> inOrder;

    /**
     * The 10 challenges in order. Reference data that only a migration changes, so it is read once per process and
     * every roll-up after that costs no statement for it.
     */
    public List<Challenge> listInOrder() {
        List<Challenge> challenges = inOrder;
        if (challenges == null) {
            challenges = List.copyOf(list("order by number"));
            inOrder = challenges;
        }
        return challenges;
    }
}
