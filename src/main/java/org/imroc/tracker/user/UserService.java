package org.imroc.tracker.user;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.audit.AuditKind;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.Access;
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
import org.imroc.tracker.unit.UnitRepository;

/**
 * Administration of users: administrators manage every user; a Trust lead (MANAGE_UNIT_LEADS without ADMINISTER)
 * manages only the unit leads of its own Trust, and any other user is 404 to it, as if it did not exist.
 */
@ApplicationScoped
public class UserService {

    static final String AUDIT_TYPE = "user";

    private final UserRepository users;
    private final TrustRepository trusts;
    private final Passwords passwords;
    private final MergePatch mergePatch;
    private final AuditLog audit;
    private final Writes writes;
    private final CurrentCaller caller;

    private final RequestValidation validation;
    private final UnitRepository units;

    public UserService(
            UserRepository users,
            TrustRepository trusts,
            Passwords passwords,
            MergePatch mergePatch,
            AuditLog audit,
            Writes writes,
            CurrentCaller caller,
            RequestValidation validation,
            UnitRepository units) {
        this.units = units;
        this.validation = validation;
        this.users = users;
        this.trusts = trusts;
        this.passwords = passwords;
        this.mergePatch = mergePatch;
        this.audit = audit;
        this.writes = writes;
        this.caller = caller;
    }

    @Transactional
    public UserResponse create(UserRequest request) {
        requireMayGrantRole(request.role());
        validation.require(request);
        String username = request.username().toLowerCase(Locale.ROOT);
        if (users.findByUsername(username).isPresent()) {
            throw ApiException.conflict("The username " + username + " is taken.");
        }
        requireValidGrants(request.role(), request.trustIds(), request.unitIds(), Set.of());
        User user = new User(username, passwords.hash(request.password()));
        user.describe(request.displayName(), request.email());
        user.assign(request.role(), request.trustIds(), request.unitIds());
        users.persistAndFlush(user);
        UserResponse created = UserResponse.from(user);
        audit.created(AUDIT_TYPE, null, user.getId(), user.getVersion(), created);
        Log.infof(
                "User %s created as %s by %s",
                user.getId(), user.getRole(), caller.get().id());
        return created;
    }

    @Transactional
    public Page<UserResponse> list(Role role, Boolean active, PageRequest page) {
        Caller who = caller.get();
        if (administers(who)) {
            return page.toPage(users.page(role, active, null, page), User::cursor, UserResponse::from);
        }
        if (role != null && role != Role.UNIT_LEAD) {
            return page.toPage(List.of(), User::cursor, UserResponse::from); // a Trust lead sees only unit leads
        }
        UUID trustId = who.trustIds().iterator().next(); // a Trust lead has exactly one Trust
        return page.toPage(users.page(Role.UNIT_LEAD, active, trustId, page), User::cursor, UserResponse::from);
    }

    @Transactional
    public UserResponse get(UUID id) {
        return UserResponse.from(find(id));
    }

    @Transactional
    public UserResponse update(UUID id, String ifMatch, JsonNode patch) {
        User user = find(id);
        boolean reset = patch.hasNonNull("password"); // the form's password is null: only a patch sets one
        UserResponse after = writes.update(AUDIT_TYPE, null, user, ifMatch, UserResponse::from, u -> {
            UserUpdate changed = mergePatch.apply(UserUpdate.from(u), patch, UserUpdate.class);
            requireMayGrantRole(changed.role());
            requireValidGrants(changed.role(), changed.trustIds(), changed.unitIds(), u.getUnitIds());
            keepAnActiveAdministrator(u, changed);
            u.describe(changed.displayName(), changed.email());
            u.assign(changed.role(), changed.trustIds(), changed.unitIds());
            u.setActive(changed.active());
            if (changed.password() != null) {
                if (!u.hasPassword()) {
                    throw ApiException.invalid(
                            "password", "this user signs in through a Trust's identity provider and has no password");
                }
                u.changePassword(passwords.hash(changed.password()));
            }
        });
        if (reset) {
            audit.security(AUDIT_TYPE, id, AuditKind.PASSWORD_RESET, user.getVersion());
        }
        Log.infof(
                "User %s changed by %s (%s)",
                id, caller.get().id(), reset ? "password reset" : "details, role, Trusts or active");
        return after;
    }

    /** A Trust lead grants only UNIT_LEAD: any other role is 403 (null is left to validation). */
    private void requireMayGrantRole(Role role) {
        if (!administers(caller.get()) && role != null && role != Role.UNIT_LEAD) {
            throw ApiException.forbidden("A Trust lead creates and changes unit leads only (role UNIT_LEAD).");
        }
    }

    private static boolean administers(Caller who) {
        return Access.allows(who.role(), Access.ADMINISTER);
    }

    /**
     * What each role may hold. {@code current}: the units the user has now, which it keeps even once closed. A Trust
     * lead naming a Trust other than its own gets the answer for a Trust that does not exist (422), so it learns
     * nothing of Trusts outside its scope.
     */
    private void requireValidGrants(Role role, Set<UUID> trustIds, Set<UUID> unitIds, Set<UUID> current) {
        if (role != Role.UNIT_LEAD && !unitIds.isEmpty()) {
            throw ApiException.invalid("unitIds", "must be empty: only a UNIT_LEAD has units");
        }
        switch (role) {
            case INTEGRATION ->
                throw ApiException.invalid("role", "must be ADMIN, CONSULTANT, TRUST_LEAD or UNIT_LEAD");
            case ADMIN -> {
                if (!trustIds.isEmpty()) {
                    throw ApiException.invalid("trustIds", "must be empty for an ADMIN, who sees every Trust");
                }
            }
            case TRUST_LEAD -> {
                if (trustIds.size() != 1) {
                    throw ApiException.invalid("trustIds", "a TRUST_LEAD belongs to exactly one Trust");
                }
            }
            case UNIT_LEAD -> {
                if (trustIds.size() != 1) {
                    throw ApiException.invalid("trustIds", "a UNIT_LEAD belongs to exactly one Trust");
                }
                if (unitIds.isEmpty()) {
                    throw ApiException.invalid("unitIds", "a UNIT_LEAD has at least one unit of its Trust");
                }
            }
            case CONSULTANT -> {}
        }
        if (!caller.scope().all() && !trustIds.stream().allMatch(caller.scope()::includes)) {
            throw ApiException.invalid("trustIds", "names a Trust that does not exist");
        }
        trusts.requireAllExist(trustIds, "trustIds");
        if (role == Role.UNIT_LEAD) {
            units.requireLeadUnits(trustIds.iterator().next(), unitIds, current, "unitIds");
        }
    }

    private void keepAnActiveAdministrator(User user, UserUpdate changed) {
        boolean losesAdmin =
                user.getRole() == Role.ADMIN && user.isActive() && (changed.role() != Role.ADMIN || !changed.active());
        if (losesAdmin && leavesNoAdministrator(users.countActiveAdministratorsLocked())) {
            throw ApiException.conflict("This is the last active administrator; make another one first.");
        }
    }

    /** True when removing one active administrator from {@code activeAdministrators} leaves none. */
    static boolean leavesNoAdministrator(long activeAdministrators) {
        return activeAdministrators <= 1;
    }

    /** The user, if the caller manages it: any for an administrator, a unit lead of its Trust for a Trust lead. */
    private User find(UUID id) {
        Caller who = caller.get();
        return users.findByIdOptional(id)
                .filter(user -> administers(who)
                        || (user.getRole() == Role.UNIT_LEAD
                                && user.getTrustIds().stream().allMatch(who.scope()::includes)))
                .orElseThrow(() -> ApiException.notFound("User", id));
    }
}
