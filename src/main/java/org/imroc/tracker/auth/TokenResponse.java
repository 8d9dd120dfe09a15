package org.imroc.tracker.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TokenResponse(
        @Schema(
                required = true,
                description = "Send as 'Authorization: Bearer <accessToken>'",
                maxLength = 4096,
                pattern = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")
        String accessToken,

        @Schema(required = true, enumeration = "Bearer") String tokenType,

        @Schema(required = true, description = "Seconds until the token expires")
        long expiresIn) {}
