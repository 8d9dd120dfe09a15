package org.imroc.tracker.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TokenRequest(
        @NotBlank
        @Size(max = 200)
        @org.eclipse.microprofile.openapi.annotations.media.Schema(
                examples = "lead.north",
                description = "The demo users (dev mode) sign in with demo-password-1")
        String username,

        @NotBlank
        @Size(max = 200)
        @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "demo-password-1")
        String password) {

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + "]";
    }
}
