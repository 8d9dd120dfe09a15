package org.imroc.tracker.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.Caller;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.unit.UnitAuthority;
import org.imroc.tracker.unit.UnitRepository;
import org.imroc.tracker.visit.VisitRepository;

/**
 * Assessments of the Trusts in the caller's scope. Trust leads record and agree SELF assessments; CONSULTANT and
 * JOINT ones need a consultant or an administrator (403 otherwise).
 */
@ApplicationScoped
public class AssessmentService {

    private static final String AUDIT_TYPE = "assessment";

    private final UnitAuthority unitAuthority;
    private final AssessmentRepository assessments;
    private final TrustRepository trusts;
    private final VisitRepository visits;
    private final UnitRepository units;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;
    private final AuditLog audit;
    private final Writes writes;
    private final RequestValidation validation;

    public AssessmentService(
            AssessmentRepository assessments,
            TrustRepository trusts,
            VisitRepository visits,
            UnitRepository units,
            CurrentCaller caller,
            MergePatch mergePatch,
            AuditLog audit,
            Writes writes,
            RequestValidation validation,
            UnitAuthority unitAuthority) {
        this.unitAuthority = unitAuthority;
        this.validation = validation;
        this.assessments = assessments;
        this.trusts = trusts;
        this.visits = visits;
        this.units = units;
        this.caller = caller;
        this.mergePatch = mergePatch;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public AssessmentResponse create(UUID trustId, AssessmentRequest request) {
        trusts.requireKnown(trustId, caller.scope());
        validation.require(request);
        requireMayRecord(request.kind());
        unitAuthority.requireWritable(trustId, request.unitId());
        Assessment assessment = new Assessment(trustId);
        apply(assessment, request);
        assessments.persistAndFlush(assessment);
        AssessmentResponse created = AssessmentResponse.from(assessment);
        audit.created(AUDIT_TYPE, trustId, assessment.getId(), assessment.getVersion(), created);
        return created;
    }

    @Transactional
    public Page<AssessmentResponse> list(
            UUID trustId,
            AssessmentKind kind,
            AssessmentContext context,
            AssessmentStatus status,
            UUID unitId,
            LocalDate from,
            LocalDate to,
            PageRequest page) {
        return page.toPage(
                trusts.pageOf(
                        trustId,
                        caller.scope(),
                        () -> assessments.page(trustId, kind, context, status, unitId, from, to, page)),
                Assessment::cursor,
                AssessmentResponse::from);
    }

    @Transactional
    public AssessmentResponse get(UUID id) {
        return AssessmentResponse.from(find(id));
    }

    @Transactional
    public AssessmentResponse update(UUID id, String ifMatch, JsonNode patch) {
        Assessment assessment = find(id);
        return writes.update(AUDIT_TYPE, assessment.getTrustId(), assessment, ifMatch, AssessmentResponse::from, a -> {
            a.requireDraft();
            requireMayRecord(a.getKind());
            AssessmentRequest changed = mergePatch.apply(AssessmentRequest.from(a), patch, AssessmentRequest.class);
            requireMayRecord(changed.kind());
            apply(a, changed);
        });
    }

    /** Agrees a draft; a Trust's second agreed BASELINE is refused by a unique constraint (409). */
    @Transactional
    public AssessmentResponse transition(UUID id, String ifMatch, AssessmentTransitionRequest request) {
        Assessment assessment = find(id);
        return writes.transition(
                AUDIT_TYPE, assessment.getTrustId(), assessment, ifMatch, AssessmentResponse::from, a -> {
                    validation.require(request);
                    requireMayRecord(a.getKind());
                    if (request.to() != AssessmentStatus.AGREED) {
                        throw ApiException.conflict("An assessment can only move to AGREED.");
                    }
                    if (a.getContext() == AssessmentContext.BASELINE && assessments.hasAgreedBaseline(a)) {
                        throw ApiException.conflict((a.getUnitId() == null ? "This Trust" : "This unit")
                                + " already has an agreed baseline; record a REVIEW instead.");
                    }
                    a.agree();
                });
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Assessment assessment = find(id);
        writes.delete(AUDIT_TYPE, assessment.getTrustId(), assessment, ifMatch, a -> {
            a.requireDraft();
            requireMayRecord(a.getKind());
            assessments.delete(a);
        });
    }

    Assessment find(UUID id) {
        return assessments.findInScope(id, caller.scope()).orElseThrow(() -> ApiException.notFound("Assessment", id));
    }

    private void requireMayRecord(AssessmentKind kind) {
        Caller who = caller.get();
        if (kind != AssessmentKind.SELF && who.role() != Role.ADMIN && who.role() != Role.CONSULTANT) {
            throw ApiException.forbidden("CONSULTANT and JOINT assessments are recorded by a consultant or an "
                    + "administrator; Trust leads record SELF assessments.");
        }
    }

    private void apply(Assessment assessment, AssessmentRequest request) {
        if (request.visitId() != null) {
            visits.requireVisitOf(request.visitId(), assessment.getTrustId());
        }
        units.requireOpenFor(assessment.getTrustId(), request.unitId(), assessment.getUnitId());
        assessment.record(
                request.assessedOn(),
                request.kind(),
                request.context(),
                request.visitId(),
                request.unitId(),
                request.ratings().stream().map(RatingItem::toRating).toList());
    }
}
