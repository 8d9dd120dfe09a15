package org.imroc.tracker.learningset;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imroc.tracker.action.Action;
import org.imroc.tracker.action.ActionRepository;
import org.imroc.tracker.action.ActionService;
import org.imroc.tracker.action.ActionStatus;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.common.write.Writes;

/**
 * Sessions of a learning set. A session and the commitments made at it are recorded in one transaction: each
 * commitment becomes an action of the committing Trust's plan, made by the action feature (numbered, checked and
 * audited as any action) and linked to the session, so the Trust sees it in its plan and the set sees whether it
 * was done by the next session.
 */
@ApplicationScoped
public class SessionService {

    static final String AUDIT_TYPE = "learning-session";

    private final SessionRepository sessions;
    private final ActionRepository actions;
    private final ActionService actionService;
    private final SetAccess access;
    private final LearningSetService setService;
    private final MergePatch mergePatch;
    private final RequestValidation validation;
    private final AuditLog audit;
    private final Writes writes;

    public SessionService(
            SessionRepository sessions,
            ActionRepository actions,
            ActionService actionService,
            SetAccess access,
            LearningSetService setService,
            MergePatch mergePatch,
            RequestValidation validation,
            AuditLog audit,
            Writes writes) {
        this.sessions = sessions;
        this.actions = actions;
        this.actionService = actionService;
        this.access = access;
        this.setService = setService;
        this.mergePatch = mergePatch;
        this.validation = validation;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public SessionResponse create(UUID setId, SessionRequest request) {
        validation.require(request);
        SetAccess.Seen seen = access.managed(setId);
        Session session = new Session(setId);
        session.record(
                request.heldOn(),
                request.kind(),
                request.agenda(),
                request.notes(),
                attendees(seen, request.attendance()));
        sessions.persist(session);
        sessions.flush();
        commit(seen, session, request.commitments(), "commitments");
        SessionResponse created = respond(seen, List.of(session)).get(0);
        audit.created(AUDIT_TYPE, null, session.getId(), session.getVersion(), created);
        return created;
    }

    @Transactional
    public Page<SessionResponse> list(UUID setId, LocalDate from, LocalDate to, PageRequest page) {
        SetAccess.Seen seen = access.visible(setId);
        List<Session> rows = sessions.page(setId, from, to, page);
        List<SessionResponse> shown = respond(seen, rows);
        Map<UUID, SessionResponse> byId = shown.stream().collect(Collectors.toMap(SessionResponse::id, s -> s));
        return page.toPage(rows, Session::cursor, s -> byId.get(s.getId()));
    }

    @Transactional
    public SessionResponse get(UUID id) {
        Found found = find(id);
        return respond(found.seen(), List.of(found.session())).get(0);
    }

    @Transactional
    public SessionResponse update(UUID id, String ifMatch, JsonNode patch) {
        Found found = find(id);
        SetAccess.Seen seen = access.managed(found.seen());
        return writes.update(
                AUDIT_TYPE,
                null,
                found.session(),
                ifMatch,
                s -> respond(seen, List.of(s)).get(0),
                s -> {
                    SessionUpdate changed = mergePatch.apply(SessionUpdate.from(s), patch, SessionUpdate.class);
                    s.record(
                            changed.heldOn(),
                            changed.kind(),
                            changed.agenda(),
                            changed.notes(),
                            attendees(seen, changed.attendance()));
                });
    }

    /** Commitments made at the session and recorded afterwards: actions of the Trusts' plans, as at creation. */
    @Transactional
    public SessionResponse addCommitments(UUID id, CommitmentsRequest request) {
        validation.require(request);
        Found found = find(id);
        Session session = found.session();
        SetAccess.Seen seen = access.managed(found.seen());
        commit(seen, session, request.commitments(), "commitments");
        return respond(seen, List.of(session)).get(0);
    }

    /** Deletes a session no commitment came from (the actions would lose where they were agreed). */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Found found = find(id);
        access.managed(found.seen());
        writes.delete(AUDIT_TYPE, null, found.session(), ifMatch, s -> {
            if (actions.anyOfSession(id)) {
                throw ApiException.conflict(
                        "Commitments were made at this session and are actions of the Trusts' plans; "
                                + "correct the session instead.");
            }
            sessions.delete(s);
        });
    }

    /** A session and its set as the caller sees it. */
    private record Found(Session session, SetAccess.Seen seen) {}

    /** The session, found only through a set the caller may see: 404 as for no such session otherwise. */
    private Found find(UUID id) {
        Session session = sessions.findOfSet(id).orElseThrow(() -> ApiException.notFound("Session", id));
        return new Found(
                session, access.visible(session.getLearningSetId(), () -> ApiException.notFound("Session", id)));
    }

    private void commit(SetAccess.Seen seen, Session session, List<CommitmentItem> items, String field) {
        List<Integer> focus = seen.set().getFocusChallenges();
        for (int i = 0; i < items.size(); i++) {
            CommitmentItem item = items.get(i);
            Member member = seen.member(item.trustId());
            if (member == null || !member.isCurrent()) {
                throw ApiException.invalid(field + "[" + i + "].trustId", "is not a member of this set");
            }
            Integer challenge =
                    item.challengeNumber() != null ? item.challengeNumber() : focus.size() == 1 ? focus.get(0) : null;
            actionService.add(
                    item.trustId(),
                    new ActionService.NewAction(
                            item.title(),
                            "Committed at the " + seen.set().getName() + " session of " + session.getHeldOn() + ".",
                            item.owner(),
                            item.dueOn(),
                            null,
                            null,
                            null,
                            null,
                            challenge,
                            null,
                            session.getId(),
                            null));
        }
    }

    private static List<SessionAttendee> attendees(SetAccess.Seen seen, List<AttendanceItem> attendance) {
        List<SessionAttendee> attendees = new ArrayList<>();
        for (int i = 0; i < attendance.size(); i++) {
            AttendanceItem item = attendance.get(i);
            if (seen.member(item.trustId()) == null) {
                throw ApiException.invalid("attendance[" + i + "].trustId", "is not a member of this set");
            }
            item.attendees().forEach(p -> attendees.add(new SessionAttendee(item.trustId(), p.name(), p.role())));
        }
        return attendees;
    }

    /**
     * The sessions as the caller may see them, with their commitments and whether each was done by the set's next
     * session: three statements for any number of sessions (session days, commitments' actions, Trust names).
     */
    private List<SessionResponse> respond(SetAccess.Seen seen, List<Session> page) {
        List<LocalDate> days = sessions.daysOf(seen.set().getId());
        Set<UUID> memberTrusts = seen.members().stream().map(Member::getTrustId).collect(Collectors.toSet());
        List<Action> made =
                actions.ofSessions(page.stream().map(Session::getId).toList(), TrustScope.only(memberTrusts));
        List<UUID> named = memberTrusts.stream().filter(seen::names).toList();
        Map<UUID, String> names = setService.names(named);
        List<SessionResponse> responses = new ArrayList<>();
        for (Session s : page) {
            LocalDate next = days.stream()
                    .filter(d -> d.isAfter(s.getHeldOn()))
                    .findFirst()
                    .orElse(null);
            List<SessionResponse.Commitment> listed = new ArrayList<>();
            int count = 0;
            int done = 0;
            for (Action a : made) {
                if (!s.getId().equals(a.getSessionId())) {
                    continue;
                }
                count++;
                Boolean doneInTime = next == null
                        ? null
                        : a.getStatus() == ActionStatus.DONE
                                && a.getCompletedOn() != null
                                && !a.getCompletedOn().isAfter(next);
                if (Boolean.TRUE.equals(doneInTime)) {
                    done++;
                }
                if (seen.names(a.getTrustId())) {
                    listed.add(new SessionResponse.Commitment(
                            names.get(a.getTrustId()),
                            a.getTrustId(),
                            a.getId(),
                            a.getTitle(),
                            a.getOwner(),
                            a.getDueOn(),
                            a.getStatus(),
                            a.getCompletedOn(),
                            doneInTime));
                }
            }
            responses.add(new SessionResponse(
                    s.getId(),
                    s.getLearningSetId(),
                    s.getHeldOn(),
                    s.getKind(),
                    s.getAgenda(),
                    s.getNotes(),
                    attendance(seen, s, names),
                    listed,
                    count,
                    next == null ? null : done,
                    next,
                    s.getVersion(),
                    s.getCreatedAt(),
                    s.getUpdatedAt()));
        }
        return responses;
    }

    private static List<SessionResponse.Attendance> attendance(
            SetAccess.Seen seen, Session s, Map<UUID, String> names) {
        Map<UUID, List<AttendanceItem.Person>> byTrust = new LinkedHashMap<>();
        for (SessionAttendee a : s.getAttendees()) {
            byTrust.computeIfAbsent(a.getTrustId(), t -> new ArrayList<>())
                    .add(new AttendanceItem.Person(a.getName(), a.getRole()));
        }
        List<SessionResponse.Attendance> shown = new ArrayList<>();
        List<Member> attending = byTrust.keySet().stream()
                .map(seen::member)
                .sorted(seen.labelOrder(names))
                .toList();
        for (Member member : attending) {
            UUID trustId = member.getTrustId();
            List<AttendanceItem.Person> people = byTrust.get(trustId);
            if (seen.names(trustId)) {
                shown.add(new SessionResponse.Attendance(
                        names.getOrDefault(trustId, member.getPseudonym()), trustId, people, people.size()));
            } else {
                shown.add(new SessionResponse.Attendance(member.getPseudonym(), null, null, people.size()));
            }
        }
        return shown;
    }
}
