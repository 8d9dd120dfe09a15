package org.imroc.tracker.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TokenResponse(
        @Schema(description = "Send as 'Authorization: Bearer <accessToken>'", maxLength = 4096,
                pattern = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$") String accessToken,
        @Schema(enumeration = "Bearer") String tokenType,
        @Schema(description = "Seconds until the token expires") long expiresIn) {
}
