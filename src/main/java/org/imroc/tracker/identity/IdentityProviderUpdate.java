package org.imroc.tracker.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The editable form of a provider, which a merge patch is applied to. */
public record IdentityProviderUpdate(
        @NotBlank @Size(max = 500) String issuer,
        @NotBlank @Size(max = 200) String audience,
        @Size(max = 100) String tenantId,

        @NotNull @Size(max = 30) @Pattern(regexp = IdentityProviderRequest.USERNAME_CLAIMS)
        String usernameClaim,

        @NotNull @Size(max = 30) @Pattern(regexp = IdentityProviderRequest.ROLES_CLAIMS)
        String rolesClaim,

        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid RoleMapping> roleMappings,
        boolean localSignIn,
        boolean active) {

    public IdentityProviderUpdate {
        roleMappings = roleMappings == null ? null : List.copyOf(roleMappings);
    }

    static IdentityProviderUpdate from(IdentityProvider p) {
        return new IdentityProviderUpdate(
                p.getIssuer(),
                p.getAudience(),
                p.getTenantId(),
                p.getUsernameClaim(),
                p.getRolesClaim(),
                p.getRoleMappings(),
                p.isLocalSignIn(),
                p.isActive());
    }
}
