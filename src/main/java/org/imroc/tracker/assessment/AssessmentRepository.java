package org.imroc.tracker.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.challenge.Stage;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustOwnedRepository;
import org.imroc.tracker.common.persistence.Where;
import org.imroc.tracker.unit.UnitRecords;

@ApplicationScoped
public class AssessmentRepository implements TrustOwnedRepository<Assessment>, UnitRecords {

    @Override
    public long countOnUnit(UUID unitId) {
        return count("unitId", unitId);
    }

    @Override
    public String label(long count) {
        return count + (count == 1 ? " TRIP assessment" : " TRIP assessments");
    }

    /** One rating of an agreed assessment, flattened for the challenge profile and the progress roll-ups. */
    public record AgreedRating(
            UUID trustId,
            UUID assessmentId,
            LocalDate assessedOn,
            AssessmentKind kind,
            AssessmentContext context,
            int challengeNumber,
            Stage stage,
            Integer priority) {}

    public List<Assessment> page(
            UUID trustId,
            AssessmentKind kind,
            AssessmentContext context,
            AssessmentStatus status,
            UUID unitId,
            LocalDate from,
            LocalDate to,
            PageRequest page) {
        Where where = new Where()
                .and("trustId = :trustId", "trustId", trustId)
                .and("unitId = :unitId", "unitId", unitId)
                .and("kind = :kind", "kind", kind)
                .and("context = :context", "context", context)
                .and("status = :status", "status", status)
                .and("assessedOn >= :from", "from", from)
                .and("assessedOn <= :to", "to", to)
                .after(page);
        return find(where.inCreationOrder(), where.params())
                .page(0, page.fetchSize())
                .list();
    }

    /** Whether the Trust (or, for a TRIP, the unit) of {@code assessment} already has an agreed baseline. */
    public boolean hasAgreedBaseline(Assessment assessment) {
        return count(
                        "agreedBaselineOf = ?1",
                        assessment.getUnitId() != null ? assessment.getUnitId() : assessment.getTrustId())
                > 0;
    }

    /** One rating of a unit's agreed assessment (its TRIP), for unit profiles and the TRIP coverage. */
    public record UnitRating(
            UUID unitId,
            UUID trustId,
            UUID assessmentId,
            LocalDate assessedOn,
            AssessmentKind kind,
            AssessmentContext context,
            int challengeNumber,
            Stage stage,
            Integer priority) {

        /** The same rating as the Trust profile reads one. */
        AgreedRating agreed() {
            return new AgreedRating(trustId, assessmentId, assessedOn, kind, context, challengeNumber, stage, priority);
        }
    }

    /** Every rating of the agreed assessments of the Trust's units, oldest first, in one statement. */
    public List<UnitRating> unitRatings(UUID trustId, UUID unitId) {
        var query = getEntityManager()
                .createQuery(
                        """
                select new org.imroc.tracker.assessment.AssessmentRepository$UnitRating(
                    a.unitId, a.trustId, a.id, a.assessedOn, a.kind, a.context, r.challengeNumber, r.stage,
                    r.priority)
                from Assessment a join a.ratings r
                where a.trustId = :trustId and a.status = :agreed"""
                                + (unitId == null ? " and a.unitId is not null" : " and a.unitId = :unitId")
                                + " order by a.assessedOn, a.createdAt, a.id",
                        UnitRating.class)
                .setParameter("trustId", trustId)
                .setParameter("agreed", AssessmentStatus.AGREED);
        return (unitId == null ? query : query.setParameter("unitId", unitId)).getResultList();
    }

    /**
     * Every rating of these Trusts' own agreed assessments (not their units' TRIPs), oldest assessment first, in one
     * statement.
     */
    public List<AgreedRating> agreedRatings(Collection<UUID> trustIds) {
        if (trustIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("""
                select new org.imroc.tracker.assessment.AssessmentRepository$AgreedRating(
                    a.trustId, a.id, a.assessedOn, a.kind, a.context, r.challengeNumber, r.stage, r.priority)
                from Assessment a join a.ratings r
                where a.trustId in :trustIds and a.unitId is null and a.status = :agreed
                order by a.assessedOn, a.createdAt, a.id""", AgreedRating.class)
                .setParameter("trustIds", trustIds)
                .setParameter("agreed", AssessmentStatus.AGREED)
                .getResultList();
    }
}
