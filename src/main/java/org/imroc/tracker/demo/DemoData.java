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
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.learningset.LearningSet;
import org.imroc.tracker.learningset.LearningSetKind;
import org.imroc.tracker.learningset.LearningSetRepository;
import org.imroc.tracker.learningset.LearningSetStatus;
import org.imroc.tracker.learningset.Member;
import org.imroc.tracker.learningset.MemberRepository;
import org.imroc.tracker.trust.ServiceArea;
import org.imroc.tracker.trust.Trust;
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.trust.TrustStatus;
import org.imroc.tracker.user.Passwords;
import org.imroc.tracker.user.User;
import org.imroc.tracker.user.UserRepository;

/**
 * Demo data for newcomers (tracker.demo-data: on in dev mode, off in the packaged service): three Trusts, one
 * user per role (demo.admin, consultant, lead.north, lead.south) and a learning set of the three Trusts, with the passwords the README's tour uses. Never enable it on a real installation.
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

    public DemoData(
            TrackerConfig config,
            TrustRepository trusts,
            UserRepository users,
            Passwords passwords,
            LearningSetRepository sets,
            MemberRepository members) {
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
        });
        Log.warnf(
                "Demo data loaded: users demo.admin, consultant, lead.north and lead.south with password '%s'. "
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
        User user = new User(username, hash);
        user.describe(name, username + "@example.org");
        user.assign(role, trustIds);
        users.persist(user);
        return user.getId();
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
