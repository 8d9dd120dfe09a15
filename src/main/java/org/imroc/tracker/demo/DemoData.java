package org.imroc.tracker.demo;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.assessment.Assessment;
import org.imroc.tracker.assessment.AssessmentContext;
import org.imroc.tracker.assessment.AssessmentKind;
import org.imroc.tracker.assessment.AssessmentRepository;
import org.imroc.tracker.assessment.Rating;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.challenge.Stage;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.learningset.LearningSet;
import org.imroc.tracker.learningset.LearningSetKind;
import org.imroc.tracker.learningset.LearningSetRepository;
import org.imroc.tracker.learningset.LearningSetStatus;
import org.imroc.tracker.learningset.Member;
import org.imroc.tracker.learningset.MemberRepository;
import org.imroc.tracker.measure.units.DemoWardFigures;
import org.imroc.tracker.trust.ServiceArea;
import org.imroc.tracker.trust.Trust;
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.trust.TrustStatus;
import org.imroc.tracker.unit.Unit;
import org.imroc.tracker.unit.UnitKind;
import org.imroc.tracker.unit.UnitRepository;
import org.imroc.tracker.user.Passwords;
import org.imroc.tracker.user.User;
import org.imroc.tracker.user.UserRepository;

/**
 * Demo data for newcomers (tracker.demo-data: on in dev mode, off in the packaged service): three Trusts, one
 * user per role (demo.admin, consultant, lead.north, lead.south), a learning set of the three Trusts, and
 * Northshire's sites, wards and teams with two teams' TRIPs and its wards' restraint and bed days, with the passwords the README's tour uses. Never enable
 * it on a real installation.
 */
@ApplicationScoped
public class DemoData {

    static final String PASSWORD = "demo-password-1";

    private final boolean enabled;
    private final TrustRepository trusts;
    private final UserRepository users;
    private final Passwords passwords;
    private final LearningSetRepository sets;
    private final MemberRepository members;
    private final UnitRepository units;
    private final AssessmentRepository assessments;
    private final DemoWardFigures wardMeasures;

    public DemoData(
            TrackerConfig config,
            TrustRepository trusts,
            UserRepository users,
            Passwords passwords,
            LearningSetRepository sets,
            MemberRepository members,
            UnitRepository units,
            AssessmentRepository assessments,
            DemoWardFigures wardMeasures) {
        this.wardMeasures = wardMeasures;
        this.units = units;
        this.assessments = assessments;
        this.sets = sets;
        this.members = members;
        this.enabled = config.demoData();
        this.trusts = trusts;
        this.users = users;
        this.passwords = passwords;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled
                || QuarkusTransaction.requiringNew()
                        .call(() -> users.findByUsername("consultant").isPresent())) {
            return;
        }
        String hash = passwords.hash(PASSWORD);
        QuarkusTransaction.requiringNew().run(() -> {
            UUID north = trust("Northshire Mental Health NHS Foundation Trust", "DEMO1", "North West");
            UUID south = trust("Southvale Partnership NHS Trust", "DEMO2", "South East");
            UUID east = trust("Eastmoor Care NHS Trust", "DEMO3", "East of England");
            user("demo.admin", "Dee Admin", Role.ADMIN, Set.of(), hash);
            UUID consultant = user("consultant", "Casey Consultant", Role.CONSULTANT, Set.of(north, south), hash);
            user("lead.north", "Nia North", Role.TRUST_LEAD, Set.of(north), hash);
            user("lead.south", "Sam South", Role.TRUST_LEAD, Set.of(south), hash);
            learningSet(consultant, List.of(north, south, east));
            List<UUID> wards = northshireUnits(north);
            wardMeasures.load(north, wards);
            user("lead.cedar", "Cai Cedar", Role.UNIT_LEAD, Set.of(north), Set.of(wards.get(0)), hash);
        });
        Log.warnf(
                "Demo data loaded: users demo.admin, consultant, lead.north, lead.south and lead.cedar (Cedar Ward) with password '%s'. "
                        + "Turn tracker.demo-data off for real use.",
                PASSWORD);
    }

    private UUID trust(String name, String odsCode, String region) {
        Trust trust = new Trust(name, odsCode);
        trust.update(
                name,
                odsCode,
                region,
                EnumSet.of(ServiceArea.ADULT, ServiceArea.CAMHS),
                TrustStatus.ACTIVE,
                LocalDate.of(2024, 4, 1));
        trusts.persist(trust);
        return trust.getId();
    }

    private UUID user(String username, String name, Role role, Set<UUID> trustIds, String hash) {
        return user(username, name, role, trustIds, Set.of(), hash);
    }

    private UUID user(String username, String name, Role role, Set<UUID> trustIds, Set<UUID> unitIds, String hash) {
        User user = new User(username, hash);
        user.describe(name, username + "@example.org");
        user.assign(role, trustIds, unitIds);
        users.persist(user);
        return user.getId();
    }

    /**
     * Northshire's units: two sites with an adult acute service of three wards each, four community teams, and the
     * TRIPs of two of the teams (a baseline a year ago, a review last month).
     */
    private List<UUID> northshireUnits(UUID trustId) {
        LocalDate opened = LocalDate.of(2024, 4, 1);
        LocalDate today = LocalDate.now();
        String[][] sites = {{"Northshire General", "DEMA1"}, {"Moorside Hospital", "DEMB1"}};
        String[][] wards = {{"Cedar Ward", "Birch Ward", "Ash Ward"}, {"Rowan Ward", "Oak Ward", "Willow Ward"}};
        List<UUID> wardIds = new ArrayList<>();
        for (int i = 0; i < sites.length; i++) {
            UUID site = unit(trustId, null, sites[i][0], UnitKind.SITE, sites[i][1], null, opened, today);
            UUID service =
                    unit(trustId, site, sites[i][0] + " Adult Acute", UnitKind.SERVICE, null, null, opened, today);
            for (String ward : wards[i]) {
                wardIds.add(unit(trustId, service, ward, UnitKind.WARD, null, 18, opened, today));
            }
        }
        UUID community = unit(trustId, null, "Community Services", UnitKind.SERVICE, null, null, opened, today);
        List<UUID> teams = new ArrayList<>();
        for (String team : List.of("North Recovery Team", "South Recovery Team", "Crisis Team", "Early Intervention")) {
            teams.add(unit(trustId, community, team, UnitKind.TEAM, null, null, opened, today));
        }
        for (int t = 0; t < 2; t++) {
            trip(trustId, teams.get(t), AssessmentContext.BASELINE, today.minusYears(1), Stage.ENGAGEMENT);
            trip(trustId, teams.get(t), AssessmentContext.REVIEW, today.minusMonths(1), Stage.DEVELOPMENT);
        }
        return wardIds; // Cedar Ward first: the demo has its lead
    }

    private UUID unit(
            UUID trustId,
            UUID parentId,
            String name,
            UnitKind kind,
            String odsSiteCode,
            Integer beds,
            LocalDate openedOn,
            LocalDate today) {
        Unit unit = new Unit(trustId);
        unit.describe(name, kind, odsSiteCode, beds, openedOn, null, today);
        unit.placeUnder(parentId);
        units.persist(unit);
        return unit.getId();
    }

    /** An agreed SELF TRIP rating every challenge at {@code stage}, the first three its priorities. */
    private void trip(UUID trustId, UUID unitId, AssessmentContext context, LocalDate on, Stage stage) {
        Assessment assessment = new Assessment(trustId);
        List<Rating> ratings = new ArrayList<>();
        for (int n = 1; n <= Assessment.CHALLENGES; n++) {
            ratings.add(new Rating(n, stage, "The team's own evidence", n <= 3 ? n : null));
        }
        assessment.record(on, AssessmentKind.SELF, context, null, unitId, ratings);
        assessment.agree();
        assessments.persist(assessment);
    }

    /**
     * The README's story: a No Force First action learning set of the three Trusts, run by the consultant, sharing
     * no measures yet (the tour adds one, and every member gets it).
     */
    private void learningSet(UUID facilitator, List<UUID> trustIds) {
        LearningSet set = new LearningSet("No Force First: demo set", LearningSetStatus.ACTIVE);
        set.describe(
                "No Force First: demo set",
                "Reduce restrictive practice on inpatient wards, together",
                LearningSetKind.ACTION_LEARNING_SET,
                List.of(7),
                LocalDate.of(2026, 1, 1),
                null);
        set.facilitatedBy(Set.of(facilitator));
        sets.persist(set);
        List<Member> joined = new ArrayList<>();
        for (UUID trustId : trustIds) {
            Member member = new Member(set.getId(), trustId, Member.freePseudonym(joined), LocalDate.of(2026, 1, 1));
            members.persist(member);
            joined.add(member);
        }
    }
}
