package org.imroc.tracker.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.caller.Role;

/**
 * A new user. A TRUST_LEAD has exactly one Trust, a CONSULTANT any number, an ADMIN none (sees all); a UNIT_LEAD one
 * Trust and one or more of its open units, which no other role has.
 */
public record UserRequest(
        @NotBlank
        @Size(max = 50)
        @Pattern(regexp = USERNAME, message = "must be 3 to 50 letters, digits, '.', '_' or '-'")
        @Schema(description = "Kept in lower case; signing in matches it in any case", examples = "jo.bloggs")
        String username,

        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 254) String email,

        @NotNull @Schema(enumeration = {"ADMIN", "CONSULTANT", "TRUST_LEAD", "UNIT_LEAD"})
        Role role,

        @Size(max = 200) Set<UUID> trustIds,

        @Size(max = 50) @Schema(description = "A UNIT_LEAD's units: one or more open units of its Trust")
        Set<UUID> unitIds,

        @NotNull
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
        @WithinBcryptLimit
        @Schema(writeOnly = true)
        String password) {

    public static final String USERNAME = "^[A-Za-z0-9][A-Za-z0-9._-]{2,49}$";

    public UserRequest {
        trustIds = trustIds == null ? new TreeSet<>() : new TreeSet<>(trustIds);
        unitIds = unitIds == null ? new TreeSet<>() : new TreeSet<>(unitIds);
    }

    @Override
    public String toString() {
        return "UserRequest[username=" + username + ", role=" + role + "]";
    }
}
