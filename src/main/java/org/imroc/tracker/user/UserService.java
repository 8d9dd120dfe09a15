package org.imroc.tracker.user;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.Preconditions;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.caller.Role;

/** Administration of users (administrators only; the resource says so). */
@ApplicationScoped
public class UserService {

    private final UserRepository users;
    private final TrustRepository trusts;
    private final Passwords passwords;
    private final MergePatch mergePatch;

    public UserService(UserRepository users, TrustRepository trusts, Passwords passwords, MergePatch mergePatch) {
        this.users = users;
        this.trusts = trusts;
        this.passwords = passwords;
        this.mergePatch = mergePatch;
    }

    @Transactional
    public UserResponse create(UserRequest request) {
        if (users.findByUsername(request.username()).isPresent()) {
            throw ApiException.conflict("The username " + request.username() + " is taken.");
        }
        requireValidGrants(request.role(), request.trustIds());
        User user = new User(request.username(), passwords.hash(request.password()));
        user.describe(request.displayName(), request.email());
        user.assign(request.role(), request.trustIds());
        users.persistAndFlush(user);
        return UserResponse.from(user);
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
        Preconditions.requireMatch(ifMatch, user.getVersion());
        UserUpdate changed = mergePatch.apply(UserUpdate.from(user), patch, UserUpdate.class);
        requireValidGrants(changed.role(), changed.trustIds());
        keepAnActiveAdministrator(user, changed);
        user.describe(changed.displayName(), changed.email());
        user.assign(changed.role(), changed.trustIds());
        user.setActive(changed.active());
        if (changed.password() != null) {
            user.changePassword(passwords.hash(changed.password()));
        }
        users.flush();
        return UserResponse.from(user);
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
            case CONSULTANT -> {
            }
        }
        if (!trustIds.isEmpty() && trusts.count("id in ?1", trustIds) != trustIds.size()) {
            throw ApiException.invalid("trustIds", "names a Trust that does not exist");
        }
    }

    private void keepAnActiveAdministrator(User user, UserUpdate changed) {
        boolean losesAdmin = user.getRole() == Role.ADMIN && user.isActive()
                && (changed.role() != Role.ADMIN || !changed.active());
        if (losesAdmin && leavesNoAdministrator(users.count("role = ?1 and active = true", Role.ADMIN))) {
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
