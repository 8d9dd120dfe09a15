package org.imroc.tracker.learningset;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Memberships, always of one set the caller has already been allowed to see. */
@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    /**
     * Every member a set has had, current and former, by pseudonym (never in joining order, which the letters hide;
     * lists shown to a caller sort by label, {@link SetAccess.Seen#labelOrder}): one statement.
     */
    public List<Member> ofSet(UUID setId) {
        return find("learningSetId = ?1 order by pseudonym, id", setId).list();
    }

    public Optional<Member> find(UUID setId, UUID trustId) {
        return find("learningSetId = ?1 and trustId = ?2", setId, trustId).firstResultOptional();
    }

    /** The members of every set in {@code setIds}, for a page of sets: one statement. */
    public List<Member> ofSets(List<UUID> setIds) {
        return setIds.isEmpty()
                ? List.of()
                : find("learningSetId in ?1 order by pseudonym, id", setIds).list();
    }
}
