package org.imroc.tracker.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/** Reads the Trusts' change numbers (see {@link TrustVersion}). */
@ApplicationScoped
public class TrustVersionRepository implements PanacheRepositoryBase<TrustVersion, UUID> {

    /** The Trust's latest change number, in one statement; empty when there is no such Trust. */
    public OptionalLong lastSeq(UUID trustId) {
        return find("select v.lastSeq from TrustVersion v where v.trustId = ?1", trustId)
                .project(Long.class)
                .firstResultOptional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    /** The latest change numbers of these Trusts, in one statement. */
    public Map<UUID, Long> lastSeqs(Collection<UUID> trustIds) {
        Map<UUID, Long> seqs = new HashMap<>();
        if (!trustIds.isEmpty()) {
            List<Object[]> rows = getEntityManager()
                    .createQuery(
                            "select v.trustId, v.lastSeq from TrustVersion v where v.trustId in :ids", Object[].class)
                    .setParameter("ids", trustIds)
                    .getResultList();
            rows.forEach(row -> seqs.put((UUID) row[0], (Long) row[1]));
        }
        return seqs;
    }
}
