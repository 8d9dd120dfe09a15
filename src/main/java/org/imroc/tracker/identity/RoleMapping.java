package org.imroc.tracker.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.caller.Role;

/**
 * One group (or app role) of a Trust's identity provider and the tracker role its members get: TRUST_LEAD, or
 * UNIT_LEAD of some of the Trust's units. ADMIN and CONSULTANT never come from a Trust's provider.
 */
public record RoleMapping(
        @NotBlank
        @Size(max = 200)
        @Schema(
                description = "A value of the roles claim (a group name, a group id, an app role)",
                examples = "imroc-trust-leads")
        String claimValue,

        @NotNull @Schema(description = "TRUST_LEAD or UNIT_LEAD")
        Role role,

        @Size(max = 50) @Schema(description = "A UNIT_LEAD mapping's units (of the provider's Trust); empty otherwise")
        List<@NotNull UUID> unitIds) {

    public RoleMapping {
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }
}
