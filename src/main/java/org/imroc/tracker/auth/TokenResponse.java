package org.imroc.tracker.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TokenResponse(
        @Schema(description = "Send as 'Authorization: Bearer <accessToken>'") String accessToken,
        @Schema(examples = "Bearer") String tokenType,
        @Schema(description = "Seconds until the token expires") long expiresIn) {
}
