package org.imroc.tracker.goal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.Where;

@ApplicationScoped
public class ProgressScoreRepository implements PanacheRepositoryBase<ProgressScore, UUID> {

    public List<ProgressScore> page(UUID goalId, PageRequest page) {
        Where where = new Where().and("goalId = :goalId", "goalId", goalId).after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }

    public long deleteForGoal(UUID goalId) {
        return delete("goalId", goalId);
    }
}
