package org.imroc.tracker.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.common.persistence.Where;

@ApplicationScoped
public class CycleRepository implements TrustOwnedRepository<PdsaCycle> {

    /** A page of cycles; their questions come in one more statement for the whole page (batch fetch). */
    public List<PdsaCycle> page(UUID trustId, UUID goalId, CyclePhase phase, Integer challenge, PageRequest page) {
        Where where = new Where()
                .and("trustId = :trustId", "trustId", trustId)
                .and("goalId = :goalId", "goalId", goalId)
                .and("phase = :phase", "phase", phase)
                .and("goalId in (select g.id from Goal g where g.challengeNumber = :challenge)", "challenge", challenge)
                .after(page);
        return find(where.inCreationOrder(), where.params()).page(0, page.fetchSize()).list();
    }

    public int nextSequence(UUID goalId) {
        Integer max = find("select max(c.sequence) from PdsaCycle c where c.goalId = ?1", goalId)
                .project(Integer.class).firstResult();
        return max == null ? 1 : max + 1;
    }
}
