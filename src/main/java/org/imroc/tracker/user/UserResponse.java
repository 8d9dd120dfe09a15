package org.imroc.tracker.user;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.http.Identified;

/** A user as the API shows it: never a password or its hash. */
public record UserResponse(
        @Schema(required = true) UUID id,
        String username,
        String displayName,
        String email,
        Role role,
        List<UUID> trustIds,

        @Schema(description = "A UNIT_LEAD's units; empty for every other role")
        List<UUID> unitIds,

        @Schema(required = true) boolean active,

        @Schema(
                description = "The Trust identity provider that created this user (it signs in there, with no "
                        + "tracker password); null for a tracker account")
        UUID identityProviderId,

        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified {

    static UserResponse from(User user) {
        return new UserResponse(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                user.getRole(),
                user.getTrustIds().stream().sorted().toList(),
                user.getUnitIds().stream().sorted().toList(),
                user.isActive(),
                user.getIdentityProviderId(),
                user.getVersion(),
                user.getCreatedAt(),
                user.getUpdatedAt());
    }
}
