package org.imroc.tracker.action;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Batches;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.time.BusinessCalendar;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.unit.UnitAuthority;
import org.imroc.tracker.unit.UnitRepository;

/** The action plans of the Trusts in the caller's scope. */
@ApplicationScoped
public class ActionService {

    static final String AUDIT_TYPE = "action";
    /** The most actions one site visit may have agreed at it. */
    public static final int MAX_PER_VISIT = 200;

    private static final int EXPORT_BATCH = 500;

    private final UnitAuthority unitAuthority;
    private final ActionRepository actions;
    private final ActionLinks links;
    private final TrustRepository trusts;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;
    private final AuditLog audit;
    private final Writes writes;
    private final RequestValidation validation;
    private final UnitRepository units;

    public ActionService(
            ActionRepository actions,
            ActionLinks links,
            TrustRepository trusts,
            CurrentCaller caller,
            MergePatch mergePatch,
            AuditLog audit,
            Writes writes,
            RequestValidation validation,
            UnitRepository units,
            UnitAuthority unitAuthority) {
        this.unitAuthority = unitAuthority;
        this.units = units;
        this.validation = validation;
        this.actions = actions;
        this.links = links;
        this.trusts = trusts;
        this.caller = caller;
        this.mergePatch = mergePatch;
        this.audit = audit;
        this.writes = writes;
    }

    /** A new action, as the action endpoint or another feature (a site visit, a learning set) asks for it. */
    public record NewAction(
            String title,
            String description,
            String owner,
            LocalDate dueOn,
            ActionStatus status,
            String blockedReason,
            UUID goalId,
            UUID cycleId,
            Integer challengeNumber,
            UUID visitId,
            UUID sessionId,
            UUID unitId) {}

    @Transactional
    public ActionResponse create(UUID trustId, ActionRequest request) {
        trusts.requireKnown(trustId, caller.scope());
        validation.require(request);
        requireRoomAtVisit(request.visitId());
        return ActionResponse.from(
                add(
                        trustId,
                        new NewAction(
                                request.title(),
                                request.description(),
                                request.owner(),
                                request.dueOn(),
                                request.status(),
                                request.blockedReason(),
                                request.goalId(),
                                request.cycleId(),
                                request.challengeNumber(),
                                request.visitId(),
                                null,
                                request.unitId())),
                BusinessCalendar.today());
    }

    /**
     * Adds an action to a Trust's plan: the one place an action is created, its links checked and its creation
     * audited, whoever asks (the caller has already been checked for the Trust). Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Action add(UUID trustId, NewAction request) {
        Action action = new Action(trustId);
        action.describe(request.title(), request.description(), request.owner(), request.dueOn());
        links.apply(action, request.goalId(), request.cycleId(), request.challengeNumber(), request.visitId());
        action.committedAt(request.sessionId());
        unitAuthority.requireWritable(trustId, request.unitId());
        units.requireOpenFor(trustId, request.unitId(), null);
        action.placeOn(request.unitId());
        LocalDate today = BusinessCalendar.today();
        if (request.status() != null && request.status() != ActionStatus.OPEN) {
            action.moveTo(request.status(), request.blockedReason(), today);
        } else if (request.blockedReason() != null) {
            throw ApiException.invalid("blockedReason", "only a BLOCKED action has a blocked reason");
        }
        actions.persistAndFlush(action);
        audit.created(AUDIT_TYPE, trustId, action.getId(), action.getVersion(), ActionResponse.from(action, today));
        return action;
    }

    @Transactional
    public Page<ActionResponse> list(
            UUID trustId, ActionRepository.Filter filter, UUID unitId, boolean includeSubunits, PageRequest page) {
        LocalDate today = BusinessCalendar.today();
        return page.toPage(
                trusts.pageOf(
                        trustId,
                        caller.scope(),
                        () -> actions.page(
                                trustId, filter.onUnits(units.filterIds(unitId, includeSubunits)), today, page)),
                Action::cursor,
                action -> ActionResponse.from(action, today));
    }

    /**
     * Every action matching the filters as CSV, read in batches of 500 in their own transactions and written as
     * they come, so a large export never sits in memory whole.
     */
    @Transactional
    public StreamingOutput exportCsv(
            UUID trustId, ActionRepository.Filter requested, UUID unitId, boolean includeSubunits) {
        trusts.requireKnown(trustId, caller.scope());
        ActionRepository.Filter filter = requested.onUnits(units.filterIds(unitId, includeSubunits));
        LocalDate today = BusinessCalendar.today();
        return output -> {
            CsvWriter csv = new CsvWriter(output);
            csv.row(List.of(
                    "id",
                    "title",
                    "owner",
                    "dueOn",
                    "status",
                    "overdue",
                    "completedOn",
                    "blockedReason",
                    "challengeNumber",
                    "goalId",
                    "cycleId",
                    "visitId",
                    "description",
                    "version",
                    "createdAt",
                    "updatedAt",
                    "sessionId",
                    "unitId"));
            Batches.forEach(
                    EXPORT_BATCH,
                    page -> page.toPage(
                            actions.page(trustId, filter, today, page),
                            Action::cursor,
                            a -> ActionResponse.from(a, today)),
                    batch -> {
                        for (ActionResponse a : batch) {
                            csv.row(Arrays.asList(
                                    a.id(),
                                    a.title(),
                                    a.owner(),
                                    a.dueOn(),
                                    a.status(),
                                    a.overdue(),
                                    a.completedOn(),
                                    a.blockedReason(),
                                    a.challengeNumber(),
                                    a.goalId(),
                                    a.cycleId(),
                                    a.visitId(),
                                    a.description(),
                                    a.version(),
                                    a.createdAt(),
                                    a.updatedAt(),
                                    a.sessionId(),
                                    a.unitId()));
                        }
                        csv.flush();
                    });
        };
    }

    @Transactional
    public ActionResponse get(UUID id) {
        return ActionResponse.from(find(id), BusinessCalendar.today());
    }

    @Transactional
    public ActionResponse update(UUID id, String ifMatch, JsonNode patch) {
        Action action = find(id);
        LocalDate today = BusinessCalendar.today();
        return writes.update(
                AUDIT_TYPE, action.getTrustId(), action, ifMatch, a -> ActionResponse.from(a, today), a -> {
                    ActionUpdate current = ActionUpdate.from(a);
                    ActionUpdate changed = mergePatch.apply(current, patch, ActionUpdate.class);
                    a.describe(changed.title(), changed.description(), changed.owner(), changed.dueOn());
                    units.requireOpenFor(a.getTrustId(), changed.unitId(), a.getUnitId());
                    a.placeOn(changed.unitId());
                    if (!Objects.equals(current.blockedReason(), changed.blockedReason())) {
                        a.rewordBlockedReason(changed.blockedReason());
                    }
                    if (!Objects.equals(current.visitId(), changed.visitId())) {
                        requireRoomAtVisit(changed.visitId());
                    }
                    boolean challengeChanged = !Objects.equals(current.challengeNumber(), changed.challengeNumber());
                    ActionLinks.Resolved link = links.resolve(
                            a.getTrustId(),
                            changed.goalId(),
                            changed.cycleId(),
                            challengeChanged ? changed.challengeNumber() : null,
                            changed.visitId());
                    a.link(
                            link.goalId(),
                            link.cycleId(),
                            link.goalId() == null ? changed.challengeNumber() : link.challengeNumber(),
                            link.visitId());
                });
    }

    @Transactional
    public ActionResponse transition(UUID id, String ifMatch, ActionTransitionRequest request) {
        Action action = find(id);
        LocalDate today = BusinessCalendar.today();
        return writes.transition(
                AUDIT_TYPE, action.getTrustId(), action, ifMatch, a -> ActionResponse.from(a, today), a -> {
                    validation.require(request);
                    a.moveTo(request.to(), request.blockedReason(), today);
                });
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Action action = find(id);
        writes.delete(AUDIT_TYPE, action.getTrustId(), action, ifMatch, actions::delete);
    }

    /** A visit's own creation adds at most 50 agreed actions; later ones are counted here. */
    private void requireRoomAtVisit(UUID visitId) {
        if (visitId != null && actions.count("visitId", visitId) >= MAX_PER_VISIT) {
            throw ApiException.invalid("visitId", "a visit has at most " + MAX_PER_VISIT + " actions agreed at it");
        }
    }

    private Action find(UUID id) {
        return actions.findInScope(id, caller.scope()).orElseThrow(() -> ApiException.notFound("Action", id));
    }
}
