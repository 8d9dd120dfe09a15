package org.imroc.tracker.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.trust.TrustRepository;

/**
 * Reviews (Study + Act). Recording one moves the cycle to ACT in the same transaction; an ADAPT decision also
 * plans the next cycle of the series, carrying the change idea and questions over as a draft.
 */
@ApplicationScoped
public class CycleReviewService {

    private static final String AUDIT_TYPE = "review";

    private final CycleService cycleService;
    private final CycleRepository cycles;
    private final CycleReviewRepository reviews;
    private final TrustRepository trusts;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;
    private final AuditLog audit;
    private final Writes writes;
    private final RequestValidation validation;

    public CycleReviewService(
            CycleService cycleService,
            CycleRepository cycles,
            CycleReviewRepository reviews,
            TrustRepository trusts,
            CurrentCaller caller,
            MergePatch mergePatch,
            AuditLog audit,
            Writes writes,
            RequestValidation validation) {
        this.validation = validation;
        this.cycleService = cycleService;
        this.cycles = cycles;
        this.reviews = reviews;
        this.trusts = trusts;
        this.caller = caller;
        this.mergePatch = mergePatch;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public ReviewResponse record(UUID cycleId, String ifMatch, ReviewRequest request) {
        PdsaCycle cycle = cycleService.find(cycleId);
        List<CycleReview> recorded = new ArrayList<>(1); // the review the move makes, kept for the answer
        writes.transition(
                CycleService.AUDIT_TYPE,
                cycle.getTrustId(),
                cycle,
                ifMatch,
                CycleResponse::from,
                c -> recorded.add(review(c, request)));
        CycleReview review = recorded.get(0);
        ReviewResponse created = ReviewResponse.from(review);
        audit.created(AUDIT_TYPE, review.getTrustId(), review.getId(), review.getVersion(), created);
        return created;
    }

    /** Moves the cycle to REVIEWED and stores its review (and the follow-up cycle an ADAPT decision starts). */
    private CycleReview review(PdsaCycle cycle, ReviewRequest request) {
        validation.require(request);
        if (reviews.findByCycle(cycle.getId()).isPresent()) {
            throw ApiException.conflict("This cycle has already been reviewed; change the review with PATCH.");
        }
        cycle.recordReview();
        CycleReview review = new CycleReview(cycle, request.decision());
        review.record(
                request.reviewedOn(),
                request.reviewers(),
                request.toResults(),
                request.matchedPredictions(),
                request.summary(),
                request.nextSteps());
        if (request.decision() == ReviewDecision.ADAPT) {
            PdsaCycle next = cycleService.newCycleFor(cycle.getGoalId(), cycle.getId());
            next.describe(cycle.getTitle(), cycle.getChangeIdea(), cycle.getPurpose());
            next.plan(null, cycle.getQuestions());
            next.placeOn(cycleService.openOrNone(cycle.getUnitId()));
            cycles.persist(next);
            review.followedBy(next.getId());
            cycles.flush();
            audit.created(
                    CycleService.AUDIT_TYPE,
                    next.getTrustId(),
                    next.getId(),
                    next.getVersion(),
                    CycleResponse.from(next));
        }
        reviews.persist(review);
        return review;
    }

    @Transactional
    public ReviewResponse get(UUID cycleId) {
        return ReviewResponse.from(find(cycleId));
    }

    @Transactional
    public ReviewResponse update(UUID cycleId, String ifMatch, JsonNode patch) {
        CycleReview review = find(cycleId);
        return writes.update(AUDIT_TYPE, review.getTrustId(), review, ifMatch, ReviewResponse::from, r -> {
            ReviewRequest changed = mergePatch.apply(ReviewRequest.from(r), patch, ReviewRequest.class);
            r.requireDecision(changed.decision());
            r.record(
                    changed.reviewedOn(),
                    changed.reviewers(),
                    changed.toResults(),
                    changed.matchedPredictions(),
                    changed.summary(),
                    changed.nextSteps());
        });
    }

    @Transactional
    public Page<ReviewResponse> list(
            UUID trustId, ReviewDecision decision, LocalDate from, LocalDate to, PageRequest page) {
        return page.toPage(
                trusts.pageOf(trustId, caller.scope(), () -> reviews.page(trustId, decision, from, to, page)),
                CycleReview::cursor,
                ReviewResponse::from);
    }

    private CycleReview find(UUID cycleId) {
        PdsaCycle cycle = cycleService.find(cycleId);
        return reviews.findByCycle(cycle.getId()).orElseThrow(() -> ApiException.notFound("Review of cycle", cycleId));
    }
}
