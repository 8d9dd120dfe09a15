package org.imroc.tracker.learningset;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.time.BusinessCalendar;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.learningset.monthly.ReportRepository;
import org.imroc.tracker.measure.SharedMeasures;
import org.imroc.tracker.trust.Trust;
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.user.User;
import org.imroc.tracker.user.UserRepository;

/**
 * Learning sets and their members. Consultants and administrators set them up; a consultant facilitates the sets
 * they create and may add only Trusts they are assigned to (joining a set lets its facilitators see the Trust's
 * shared measures and reports, so that is the Trust's consultant's call, or an administrator's). Joining gives the
 * Trust a measure of every template the set shares.
 */
@ApplicationScoped
public class LearningSetService {

    static final String AUDIT_TYPE = "learning-set";
    static final String MEMBER_AUDIT_TYPE = "learning-set-member";

    private final LearningSetRepository sets;
    private final MemberRepository members;
    private final SessionRepository sessions;
    private final ReportRepository reports;
    private final SetAccess access;
    private final TrustRepository trusts;
    private final UserRepository users;
    private final SharedMeasures shared;
    private final MergePatch mergePatch;
    private final RequestValidation validation;
    private final AuditLog audit;
    private final Writes writes;

    public LearningSetService(
            LearningSetRepository sets,
            MemberRepository members,
            SessionRepository sessions,
            ReportRepository reports,
            SetAccess access,
            TrustRepository trusts,
            UserRepository users,
            SharedMeasures shared,
            MergePatch mergePatch,
            RequestValidation validation,
            AuditLog audit,
            Writes writes) {
        this.sets = sets;
        this.members = members;
        this.sessions = sessions;
        this.reports = reports;
        this.access = access;
        this.trusts = trusts;
        this.users = users;
        this.shared = shared;
        this.mergePatch = mergePatch;
        this.validation = validation;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public LearningSetResponse create(LearningSetRequest request) {
        validation.require(request);
        SetViewer viewer = access.viewer();
        LearningSetUpdate form = request.form();
        Set<UUID> facilitators = new LinkedHashSet<>(form.facilitatorIds());
        if (viewer.role() != Role.ADMIN) {
            if (!facilitators.isEmpty() && !facilitators.equals(Set.of(viewer.userId()))) {
                throw ApiException.forbidden("A consultant facilitates the sets they create; only an administrator "
                        + "appoints other facilitators.");
            }
            facilitators = Set.of(viewer.userId());
        } else if (facilitators.isEmpty()) {
            facilitators = Set.of(viewer.userId());
        }
        LearningSet set = new LearningSet(form.name(), request.status());
        apply(set, form, facilitators);
        sets.persistAndFlush(set);
        LearningSetResponse created = LearningSetResponse.from(set, 0, true);
        audit.created(AUDIT_TYPE, null, set.getId(), set.getVersion(), created);
        return created;
    }

    @Transactional
    public Page<LearningSetResponse> list(LearningSetRepository.Filter filter, PageRequest page) {
        SetViewer viewer = access.viewer();
        List<LearningSet> rows = sets.page(viewer, filter, page);
        Map<UUID, Integer> counts = new HashMap<>();
        members.ofSets(rows.stream().map(LearningSet::getId).toList()).stream()
                .filter(Member::isCurrent)
                .forEach(m -> counts.merge(m.getLearningSetId(), 1, Integer::sum));
        return page.toPage(
                rows,
                LearningSet::cursor,
                s -> LearningSetResponse.from(s, counts.getOrDefault(s.getId(), 0), viewer.manages(s)));
    }

    @Transactional
    public LearningSetResponse get(UUID id) {
        return response(access.visible(id));
    }

    @Transactional
    public LearningSetResponse update(UUID id, String ifMatch, JsonNode patch) {
        SetAccess.Seen seen = access.managed(id);
        return writes.update(AUDIT_TYPE, null, seen.set(), ifMatch, set -> response(seen), set -> {
            LearningSetUpdate changed = mergePatch.apply(LearningSetUpdate.from(set), patch, LearningSetUpdate.class);
            Set<UUID> facilitators = new HashSet<>(changed.facilitatorIds());
            if (seen.viewer().role() != Role.ADMIN && !set.getFacilitatorIds().containsAll(facilitators)) {
                throw ApiException.forbidden(
                        "Only an administrator appoints facilitators; a facilitator may step down or "
                                + "remove others.");
            }
            List<String> added = new ArrayList<>(changed.measureTemplateCodes());
            added.removeAll(set.getMeasureTemplateCodes());
            apply(set, changed, facilitators);
            for (Member member : seen.current()) {
                added.forEach(code -> shared.ensure(member.getTrustId(), code));
            }
        });
    }

    @Transactional
    public LearningSetResponse transition(UUID id, String ifMatch, LearningSetTransitionRequest request) {
        SetAccess.Seen seen = access.managed(id);
        return writes.transition(AUDIT_TYPE, null, seen.set(), ifMatch, set -> response(seen), set -> {
            validation.require(request);
            set.moveTo(request.to());
        });
    }

    /** Deletes a set that has held no session and received no report (close it instead: it is the record). */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        SetAccess.Seen seen = access.managed(id);
        writes.delete(AUDIT_TYPE, null, seen.set(), ifMatch, set -> {
            if (sessions.anyOf(id) || reports.anyOf(id)) {
                throw ApiException.conflict("The set has sessions or reports: close it (POST …/transitions to CLOSED) "
                        + "to keep the record.");
            }
            members.delete("learningSetId", id);
            sets.delete(set);
        });
    }

    @Transactional
    public List<MemberResponse> members(UUID setId, boolean includeFormer) {
        SetAccess.Seen seen = access.visible(setId);
        List<Member> shown = includeFormer ? seen.members() : seen.current();
        List<UUID> named =
                shown.stream().map(Member::getTrustId).filter(seen::names).toList();
        Map<UUID, String> names = names(named);
        Map<UUID, Map<String, UUID>> links = shared.links(named, seen.set().getMeasureTemplateCodes());
        return shown.stream()
                .sorted(seen.labelOrder(names))
                .map(m -> member(seen, m, names, links))
                .toList();
    }

    /** The member after a join; {@code joined} is false when the Trust already was one (a retry is safe). */
    public record Joined(MemberResponse member, boolean joined) {}

    @Transactional
    public Joined join(UUID setId, MemberRequest request) {
        validation.require(request);
        SetAccess.Seen seen = access.managed(setId);
        LearningSet set = seen.set();
        if (set.getStatus() == LearningSetStatus.CLOSED) {
            throw ApiException.conflict("The set is CLOSED; reopen it (status ACTIVE) before Trusts join.");
        }
        UUID trustId = request.trustId();
        Trust trust = trusts.findInScope(trustId, seen.viewer().scope())
                .orElseThrow(
                        () -> ApiException.invalid(
                                "trustId",
                                seen.viewer().role() == Role.ADMIN
                                        ? "no such Trust"
                                        : "no such Trust among those you are assigned to (an administrator can add any Trust)"));
        LocalDate on = request.joinedOn() == null ? BusinessCalendar.today() : request.joinedOn();
        Member member = seen.member(trustId);
        if (member != null && member.isCurrent()) {
            return new Joined(
                    member(
                            seen,
                            member,
                            Map.of(trustId, trust.getName()),
                            shared.links(List.of(trustId), set.getMeasureTemplateCodes())),
                    false);
        }
        if (seen.current().size() >= LearningSet.MAX_MEMBERS) {
            throw ApiException.conflict(
                    "The set already has " + LearningSet.MAX_MEMBERS + " members, the most it can have.");
        }
        if (member == null) {
            member = new Member(setId, trustId, Member.freePseudonym(seen.members()), on);
            members.persist(member);
        } else {
            member.rejoin(on);
        }
        members.flush();
        for (String code : set.getMeasureTemplateCodes()) {
            shared.ensure(trustId, code);
        }
        MemberResponse joined = member(
                seen,
                member,
                Map.of(trustId, trust.getName()),
                shared.links(List.of(trustId), set.getMeasureTemplateCodes()));
        audit.created(MEMBER_AUDIT_TYPE, trustId, member.getId(), member.getVersion(), joined);
        return new Joined(joined, true);
    }

    /** The Trust leaves the set: its reports and its letter stay, it is no longer compared or due to report. */
    @Transactional
    public void leave(UUID setId, UUID trustId) {
        SetAccess.Seen seen = access.managed(setId);
        Member member = seen.member(trustId);
        if (member == null || !member.isCurrent()) {
            throw ApiException.notFound("Member", trustId);
        }
        member.leave(BusinessCalendar.today());
        members.flush();
        // not through Writes: leaving takes no If-Match (a member has no ETag) and its representation needs lookups
        audit.transitioned(MEMBER_AUDIT_TYPE, trustId, member.getId(), member.getVersion(), List.of("leftOn"));
    }

    private LearningSetResponse response(SetAccess.Seen seen) {
        return LearningSetResponse.from(seen.set(), seen.current().size(), seen.managed());
    }

    private MemberResponse member(
            SetAccess.Seen seen, Member m, Map<UUID, String> names, Map<UUID, Map<String, UUID>> links) {
        if (!seen.names(m.getTrustId())) {
            return new MemberResponse(m.getPseudonym(), null, m.getPseudonym(), m.getJoinedOn(), m.getLeftOn(), null);
        }
        List<MemberResponse.SharedMeasureLink> measures =
                links.getOrDefault(m.getTrustId(), Map.of()).entrySet().stream()
                        .map(e -> new MemberResponse.SharedMeasureLink(e.getKey(), e.getValue()))
                        .toList();
        return new MemberResponse(
                names.getOrDefault(m.getTrustId(), m.getPseudonym()),
                m.getTrustId(),
                m.getPseudonym(),
                m.getJoinedOn(),
                m.getLeftOn(),
                measures);
    }

    /** The names of these Trusts: one statement. */
    public Map<UUID, String> names(List<UUID> trustIds) {
        Map<UUID, String> names = new HashMap<>();
        if (!trustIds.isEmpty()) {
            trusts.find("id in ?1", trustIds).list().forEach(t -> names.put(t.getId(), t.getName()));
        }
        return names;
    }

    private void apply(LearningSet set, LearningSetUpdate form, Set<UUID> facilitators) {
        for (int i = 0; i < form.measureTemplateCodes().size(); i++) {
            if (!shared.isTemplate(form.measureTemplateCodes().get(i))) {
                throw ApiException.invalid(
                        "measureTemplateCodes[" + i + "]", "no such template (see GET /api/v1/measure-templates)");
            }
        }
        if (facilitators.isEmpty()) {
            throw ApiException.invalid("facilitatorIds", "a set needs at least one facilitator");
        }
        if (!facilitators.equals(set.getFacilitatorIds())) {
            List<User> found = users.find("id in ?1", facilitators).list();
            boolean allFit = found.size() == facilitators.size()
                    && found.stream().allMatch(u -> u.isActive() && Access.allows(u.getRole(), Access.CONSULT));
            if (!allFit) {
                throw ApiException.invalid("facilitatorIds", "must be active consultants or administrators");
            }
        }
        set.describe(form.name(), form.purpose(), form.kind(), form.focusChallenges(), form.startsOn(), form.endsOn());
        set.shareMeasures(form.measureTemplateCodes());
        set.facilitatedBy(facilitators);
    }
}
