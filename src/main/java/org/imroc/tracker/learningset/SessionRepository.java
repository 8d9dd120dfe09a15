package org.imroc.tracker.learningset;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.Where;

/** Sessions of one set the caller may see (the set's visibility is checked first). */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    public List<Session> page(UUID setId, LocalDate from, LocalDate to, PageRequest page) {
        Where where = new Where()
                .always("learningSetId = :set", "set", setId)
                .and("heldOn >= :from", "from", from)
                .and("heldOn <= :to", "to", to)
                .after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }

    public Optional<Session> findOfSet(UUID id) {
        return findByIdOptional(id);
    }

    /** Every session day of the set, in order: one statement (for "done by the next session" over a page). */
    public List<LocalDate> daysOf(UUID setId) {
        return getEntityManager()
                .createQuery(
                        "select distinct s.heldOn from Session s where s.learningSetId = :set" + " order by s.heldOn",
                        LocalDate.class)
                .setParameter("set", setId)
                .getResultList();
    }

    public boolean anyOf(UUID setId) {
        return find("learningSetId", setId).firstResultOptional().isPresent();
    }
}
