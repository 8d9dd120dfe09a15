package org.imroc.tracker.goal;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.common.persistence.Where;
import org.imroc.tracker.unit.UnitRecords;

@ApplicationScoped
public class GoalRepository implements TrustOwnedRepository<Goal>, UnitRecords {

    @Override
    public long countOnUnit(UUID unitId) {
        return count("unitId", unitId);
    }

    @Override
    public String label(long count) {
        return count + (count == 1 ? " goal" : " goals");
    }

    /** A page of a Trust's goals; {@code unitIds} (null for any) are the units a goal may be on. */
    public List<Goal> page(UUID trustId, Integer challenge, GoalStatus status, Set<UUID> unitIds, PageRequest page) {
        Where where = new Where()
                .and("trustId = :trustId", "trustId", trustId)
                .and("challengeNumber = :challenge", "challenge", challenge)
                .and("status = :status", "status", status)
                .and("unitId in :unitIds", "unitIds", unitIds)
                .after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }

    /** A Trust's goals by challenge, then oldest first. */
    public List<Goal> ofTrust(UUID trustId) {
        return find("trustId = ?1 order by challengeNumber, createdAt, id", trustId)
                .list();
    }

    /**
     * Records the latest progress score on the goal with one UPDATE that also bumps the version, so the goal's ETag
     * changes and two scores recorded at once both succeed (the later one wins). Returns false, changing nothing,
     * when a score recorded later is already the latest.
     */
    public boolean recordLatestScore(UUID goalId, BigDecimal score, Instant at) {
        return update(
                        "latestScore = ?1, latestScoreAt = ?2, version = version + 1, updatedAt = ?2 "
                                + "where id = ?3 and (latestScoreAt is null or latestScoreAt <= ?2)",
                        score,
                        at,
                        goalId)
                > 0;
    }

    /** The goal's version as stored now (after a bulk update the entity in memory is behind). */
    public long storedVersion(UUID goalId) {
        return find("select g.version from Goal g where g.id = ?1", goalId)
                .project(Long.class)
                .singleResult();
    }
}
