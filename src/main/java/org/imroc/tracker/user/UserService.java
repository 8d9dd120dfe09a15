package org.imroc.tracker.user;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.audit.AuditKind;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.trust.TrustRepository;

/** Administration of users (administrators only; the resource says so). */
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

    public UserService(
            UserRepository users,
            TrustRepository trusts,
            Passwords passwords,
            MergePatch mergePatch,
            AuditLog audit,
            Writes writes,
            CurrentCaller caller,
            RequestValidation validation) {
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
        validation.require(request);
        String username = request.username().toLowerCase(Locale.ROOT);
        if (users.findByUsername(username).isPresent()) {
            throw ApiException.conflict("The username " + username + " is taken.");
        }
        requireValidGrants(request.role(), request.trustIds());
        User user = new User(username, passwords.hash(request.password()));
        user.describe(request.displayName(), request.email());
        user.assign(request.role(), request.trustIds());
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
        return page.toPage(users.page(role, active, page), User::cursor, UserResponse::from);
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
            requireValidGrants(changed.role(), changed.trustIds());
            keepAnActiveAdministrator(u, changed);
            u.describe(changed.displayName(), changed.email());
            u.assign(changed.role(), changed.trustIds());
            u.setActive(changed.active());
            if (changed.password() != null) {
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

    private void requireValidGrants(Role role, Set<UUID> trustIds) {
        switch (role) {
            case INTEGRATION -> throw ApiException.invalid("role", "must be ADMIN, CONSULTANT or TRUST_LEAD");
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
            case CONSULTANT -> {}
        }
        trusts.requireAllExist(trustIds, "trustIds");
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

    private User find(UUID id) {
        return users.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("User", id));
    }
}
