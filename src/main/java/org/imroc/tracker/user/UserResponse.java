package org.imroc.tracker.user;

import org.imroc.tracker.common.http.Identified;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.caller.Role;

/** A user as the API shows it: never a password or its hash. */
public record UserResponse(
        UUID id,
        String username,
        String displayName,
        String email,
        Role role,
        List<UUID> trustIds,
        boolean active,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Identified {

    static UserResponse from(User user) {
        return new UserResponse(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getRole(), user.getTrustIds().stream().sorted().toList(), user.isActive(), user.getVersion(),
                user.getCreatedAt(), user.getUpdatedAt());
    }
}
