package org.imroc.tracker.learningset;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.Where;

/**
 * Learning sets, read only through a {@link SetViewer}: a set the viewer may not see is not found. There is no
 * unscoped read for request handling.
 */
@ApplicationScoped
public class LearningSetRepository implements PanacheRepositoryBase<LearningSet, UUID> {

    /** The filters of a set list; null means "any". */
    public record Filter(LearningSetStatus status, LearningSetKind kind, UUID trustId, Integer challenge) {}

    public Optional<LearningSet> findVisible(UUID id, SetViewer viewer) {
        Where where = visibleTo(new Where().and("ls.id = :id", "id", id), viewer);
        return find("from LearningSet ls where " + where.query(), where.params())
                .firstResultOptional();
    }

    public List<LearningSet> page(SetViewer viewer, Filter filter, PageRequest page) {
        Where where = memberFilter(visibleTo(new Where(), viewer), viewer, filter.trustId())
                .and("status = :status", "status", filter.status())
                .and("kind = :kind", "kind", filter.kind())
                .and(
                        "(concat(',', ls.focusChallenges, ',') like :challenge)",
                        "challenge",
                        filter.challenge() == null ? null : "%," + filter.challenge() + ",%")
                .after(page);
        return find("from LearningSet ls where " + where.query() + " order by ls.createdAt, ls.id", where.params())
                .page(0, page.fetchSize())
                .list();
    }

    /**
     * Sets the Trust is a current member of, among those where the viewer may name it: all of them when it is in
     * their scope (or they are an administrator), otherwise only the sets they run. A Trust that is a letter to the
     * viewer in a set never brings that set into the list, or the filter would tell which letter it is.
     */
    private static Where memberFilter(Where where, SetViewer viewer, UUID trustId) {
        if (trustId == null) {
            return where;
        }
        where.always(
                "exists (select 1 from Member m where m.learningSetId = ls.id and m.trustId = :trustId"
                        + " and m.leftOn is null)",
                "trustId",
                trustId);
        if (viewer.namesEverywhere(trustId)) {
            return where;
        }
        if (!viewer.mayFacilitate()) {
            return where.always("1 = 0");
        }
        return where.always(":runner member of ls.facilitatorIds", "runner", viewer.userId());
    }

    /**
     * What the viewer may see: every set for an administrator or a key for every Trust; otherwise the sets they
     * facilitate and those one of their Trusts is a current member of. An empty scope and no facilitation match
     * nothing.
     */
    private static Where visibleTo(Where where, SetViewer viewer) {
        if (viewer.seesEverySet()) {
            return where;
        }
        List<String> any = new java.util.ArrayList<>();
        List<Object> params = new java.util.ArrayList<>();
        if (viewer.mayFacilitate()) {
            any.add(":viewer member of ls.facilitatorIds");
            params.addAll(List.of("viewer", viewer.userId()));
        }
        if (!viewer.scope().trustIds().isEmpty()) {
            any.add("exists (select 1 from Member vm where vm.learningSetId = ls.id and vm.leftOn is null"
                    + " and vm.trustId in :viewerTrusts)");
            params.addAll(List.of("viewerTrusts", viewer.scope().trustIds()));
        }
        if (any.isEmpty()) {
            return where.always("1 = 0");
        }
        where.always("(" + String.join(" or ", any) + ")", params.toArray());
        return where;
    }
}
