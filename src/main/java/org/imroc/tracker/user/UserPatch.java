package org.imroc.tracker.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.caller.Role;

/** The contract of a user merge patch; the server applies it to {@link UserUpdate} and validates the result. */
@Schema(description = "JSON Merge Patch of a user: any subset of the fields; password resets the password")
public record UserPatch(
        @Size(max = 200) String displayName,
        @Email @Size(max = 254) String email,
        @Schema(enumeration = {"ADMIN", "CONSULTANT", "TRUST_LEAD"}) Role role,
        Set<UUID> trustIds,
        Boolean active,
        @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) @Schema(writeOnly = true) String password) {
}
