package org.imroc.tracker.visit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imroc.tracker.action.ActionRepository;
import org.imroc.tracker.action.ActionService;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.unit.UnitRepository;
import org.imroc.tracker.user.User;
import org.imroc.tracker.user.UserRepository;

/**
 * Site visits to the Trusts in the caller's scope. A visit and the actions agreed at it are created in one
 * transaction, so a retried request (same Idempotency-Key) can never leave a visit without its actions or twice.
 */
@ApplicationScoped
public class VisitService {

    private static final String AUDIT_TYPE = "visit";

    private final VisitRepository visits;
    private final ActionRepository actions;
    private final ActionService actionService;
    private final TrustRepository trusts;
    private final UserRepository users;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;
    private final AuditLog audit;
    private final Writes writes;
    private final RequestValidation validation;
    private final UnitRepository units;

    public VisitService(
            VisitRepository visits,
            ActionRepository actions,
            ActionService actionService,
            TrustRepository trusts,
            UserRepository users,
            CurrentCaller caller,
            MergePatch mergePatch,
            AuditLog audit,
            Writes writes,
            RequestValidation validation,
            UnitRepository units) {
        this.units = units;
        this.validation = validation;
        this.visits = visits;
        this.actions = actions;
        this.actionService = actionService;
        this.trusts = trusts;
        this.users = users;
        this.caller = caller;
        this.mergePatch = mergePatch;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public VisitResponse create(UUID trustId, VisitRequest request) {
        trusts.requireKnown(trustId, caller.scope());
        validation.require(request);
        UUID consultantId = request.consultantId() == null ? caller.get().id() : request.consultantId();
        requireConsultantOf(trustId, consultantId);
        units.requireOpenFor(trustId, request.unitId(), null);
        Visit visit = new Visit(trustId, request.status());
        apply(
                visit,
                new VisitUpdate(
                        request.visitedOn(),
                        request.type(),
                        consultantId,
                        request.attendees(),
                        request.challengesDiscussed(),
                        request.summary(),
                        request.unitId()));
        visits.persist(visit);
        visits.flush();
        List<UUID> actionIds = new ArrayList<>();
        for (AgreedActionDraft draft : request.agreedActions()) {
            actionIds.add(actionService
                    .add(
                            trustId,
                            new ActionService.NewAction(
                                    draft.title(),
                                    draft.description(),
                                    draft.owner(),
                                    draft.dueOn(),
                                    null,
                                    null,
                                    draft.goalId(),
                                    draft.cycleId(),
                                    draft.challengeNumber(),
                                    visit.getId(),
                                    null,
                                    visit.getUnitId()))
                    .getId());
        }
        VisitResponse created = VisitResponse.from(visit, actionIds);
        audit.created(AUDIT_TYPE, trustId, visit.getId(), visit.getVersion(), created);
        return created;
    }

    @Transactional
    public Page<VisitResponse> list(
            VisitRepository.Filter requested, UUID unitId, boolean includeSubunits, PageRequest page) {
        if (requested.trustId() != null && !caller.scope().includes(requested.trustId())) {
            return new Page<>(List.of(), null);
        }
        VisitRepository.Filter filter = requested.onUnits(units.filterIds(unitId, includeSubunits));
        List<Visit> rows = visits.page(caller.scope(), filter, page);
        Map<UUID, List<UUID>> actionIds = actionIdsOf(rows);
        return page.toPage(
                rows, Visit::cursor, v -> VisitResponse.from(v, actionIds.getOrDefault(v.getId(), List.of())));
    }

    @Transactional
    public Page<VisitResponse> listForTrust(
            UUID trustId, VisitRepository.Filter filter, UUID unitId, boolean includeSubunits, PageRequest page) {
        List<Visit> rows = trusts.pageOf(
                trustId,
                caller.scope(),
                () -> visits.page(caller.scope(), filter.onUnits(units.filterIds(unitId, includeSubunits)), page));
        Map<UUID, List<UUID>> actionIds = actionIdsOf(rows);
        return page.toPage(
                rows, Visit::cursor, v -> VisitResponse.from(v, actionIds.getOrDefault(v.getId(), List.of())));
    }

    @Transactional
    public VisitResponse get(UUID id) {
        Visit visit = find(id);
        return VisitResponse.from(visit, actionIdsOf(List.of(visit)).getOrDefault(id, List.of()));
    }

    @Transactional
    public VisitResponse update(UUID id, String ifMatch, JsonNode patch) {
        Visit visit = find(id);
        List<UUID> actionIds = actionIdsOf(List.of(visit)).getOrDefault(id, List.of());
        return writes.update(
                AUDIT_TYPE, visit.getTrustId(), visit, ifMatch, v -> VisitResponse.from(v, actionIds), v -> {
                    VisitUpdate changed = mergePatch.apply(VisitUpdate.from(v), patch, VisitUpdate.class);
                    units.requireOpenFor(v.getTrustId(), changed.unitId(), v.getUnitId());
                    if (!changed.consultantId().equals(v.getConsultantId())) {
                        requireConsultantOf(v.getTrustId(), changed.consultantId());
                    }
                    apply(v, changed);
                });
    }

    @Transactional
    public VisitResponse transition(UUID id, String ifMatch, VisitTransitionRequest request) {
        Visit visit = find(id);
        List<UUID> actionIds = actionIdsOf(List.of(visit)).getOrDefault(id, List.of());
        return writes.transition(
                AUDIT_TYPE, visit.getTrustId(), visit, ifMatch, v -> VisitResponse.from(v, actionIds), v -> {
                    validation.require(request);
                    v.moveTo(request.to());
                });
    }

    /** Deletes a visit that nothing refers to (actions agreed at it, or assessments; the database refuses otherwise). */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Visit visit = find(id);
        writes.delete(AUDIT_TYPE, visit.getTrustId(), visit, ifMatch, visits::delete);
    }

    private Visit find(UUID id) {
        return visits.findInScope(id, caller.scope()).orElseThrow(() -> ApiException.notFound("Visit", id));
    }

    private Map<UUID, List<UUID>> actionIdsOf(List<Visit> page) {
        return actions.idsByVisit(page.stream().map(Visit::getId).toList());
    }

    /** The visiting consultant: an active consultant assigned to the Trust, or an administrator. */
    private void requireConsultantOf(UUID trustId, UUID consultantId) {
        users.findWithTrusts(consultantId)
                .filter(User::isActive)
                .filter(u -> Access.allows(u.getRole(), Access.CONSULT)
                        && (u.getRole() == Role.ADMIN || u.getTrustIds().contains(trustId)))
                .orElseThrow(() -> ApiException.invalid(
                        "consultantId", "must be an active consultant assigned to this Trust, or an administrator"));
    }

    private static void apply(Visit visit, VisitUpdate form) {
        visit.record(
                form.visitedOn(),
                form.type(),
                form.consultantId(),
                form.challengesDiscussed(),
                form.summary(),
                form.attendees().stream()
                        .map(a -> new VisitAttendee(a.name(), a.role()))
                        .toList());
        visit.placeOn(form.unitId());
    }
}
