package org.imroc.tracker.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Trust's identity provider as an administrator connects it. */
public record IdentityProviderRequest(
        @NotBlank
        @Size(max = 500)
        @Schema(
                description = "The issuer (the tokens' iss, exactly); an https URL whose "
                        + "/.well-known/openid-configuration is read when the provider is saved",
                examples = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0")
        String issuer,

        @NotBlank
        @Size(max = 200)
        @Schema(
                description = "The client id the tokens are issued for (their aud must name it)",
                examples = "api://imroc-tracker")
        String audience,

        @Size(max = 100) @Schema(description = "Entra ID: the directory (tenant) id; the tid claim must equal it")
        String tenantId,

        @Size(max = 30)
        @Pattern(regexp = USERNAME_CLAIMS)
        @Schema(description = "The claim that names the person: preferred_username (the default), upn or email")
        String usernameClaim,

        @Size(max = 30)
        @Pattern(regexp = ROLES_CLAIMS)
        @Schema(description = "The claim whose values roleMappings match: groups (the default) or roles")
        String rolesClaim,

        @NotNull @Size(min = 1, max = 100) @Schema(description = "Which claim values give which role")
        List<@NotNull @Valid RoleMapping> roleMappings,

        @Schema(description = "Whether this Trust's staff may still sign in with a tracker password; default false")
        Boolean localSignIn,

        @Schema(description = "Defaults to true; an inactive provider's tokens are refused")
        Boolean active) {

    static final String USERNAME_CLAIMS = "^(preferred_username|upn|email)$";
    static final String ROLES_CLAIMS = "^(groups|roles)$";

    public IdentityProviderRequest {
        roleMappings = roleMappings == null ? null : List.copyOf(roleMappings);
    }

    IdentityProviderUpdate form() {
        return new IdentityProviderUpdate(
                issuer,
                audience,
                tenantId == null || tenantId.isBlank() ? null : tenantId,
                usernameClaim == null ? "preferred_username" : usernameClaim,
                rolesClaim == null ? "groups" : rolesClaim,
                roleMappings,
                Boolean.TRUE.equals(localSignIn),
                active == null || active);
    }
}
