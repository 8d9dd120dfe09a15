package org.imroc.tracker.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imroc.tracker.user.Passwords;
import org.imroc.tracker.user.WithinBcryptLimit;

public record PasswordChangeRequest(
        @NotBlank @Size(max = 200) String currentPassword,

        @NotNull @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) @WithinBcryptLimit
        String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[redacted]";
    }
}
