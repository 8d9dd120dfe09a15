package org.imroc.tracker.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ChallengeRepository implements PanacheRepositoryBase<Challenge, Integer> {

    public List<Challenge> listInOrder() {
        return list("order by number");
    }
}
