package org.imroc.tracker.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;

/** A Trust's identity provider. */
public record IdentityProviderResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID trustId,
        @Schema(maxLength = 500) String issuer,
        @Schema(maxLength = 200) String audience,
        @Schema(maxLength = 100) String tenantId,
        @Schema(maxLength = 30) String usernameClaim,
        @Schema(maxLength = 30) String rolesClaim,
        @Schema(maxItems = 100) List<RoleMapping> roleMappings,
        @Schema(required = true) boolean localSignIn,
        @Schema(required = true) boolean active,

        @Schema(description = "Where its signing keys are read, from the discovery document", maxLength = 2000)
        String jwksUri,

        @Schema(description = "When the discovery document was last read")
        Instant discoveredAt,

        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified {

    static IdentityProviderResponse from(IdentityProvider p) {
        return new IdentityProviderResponse(
                p.getId(),
                p.getTrustId(),
                p.getIssuer(),
                p.getAudience(),
                p.getTenantId(),
                p.getUsernameClaim(),
                p.getRolesClaim(),
                p.getRoleMappings(),
                p.isLocalSignIn(),
                p.isActive(),
                p.getJwksUri(),
                p.getDiscoveredAt(),
                p.getVersion(),
                p.getCreatedAt(),
                p.getUpdatedAt());
    }
}
