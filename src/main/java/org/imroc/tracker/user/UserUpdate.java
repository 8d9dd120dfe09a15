package org.imroc.tracker.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.caller.Role;

/**
 * The editable form of a user, which a merge patch is applied to. {@code password} is never read back (it is
 * null in the current form); a patch that sets it resets the password.
 */
public record UserUpdate(
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 254) String email,

        @NotNull @Schema(enumeration = {"ADMIN", "CONSULTANT", "TRUST_LEAD", "UNIT_LEAD"})
        Role role,

        @Size(max = 200) Set<UUID> trustIds,
        @Size(max = 50) Set<UUID> unitIds,
        @NotNull Boolean active,

        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) @WithinBcryptLimit @Schema(writeOnly = true)
        String password) {

    public UserUpdate {
        trustIds = trustIds == null ? new TreeSet<>() : new TreeSet<>(trustIds);
        unitIds = unitIds == null ? new TreeSet<>() : new TreeSet<>(unitIds);
    }

    static UserUpdate from(User user) {
        return new UserUpdate(
                user.getDisplayName(),
                user.getEmail(),
                user.getRole(),
                user.getTrustIds(),
                user.getUnitIds(),
                user.isActive(),
                null);
    }

    @Override
    public String toString() {
        return "UserUpdate[role=" + role + ", active=" + active + "]";
    }
}
