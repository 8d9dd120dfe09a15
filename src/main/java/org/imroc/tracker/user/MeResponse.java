package org.imroc.tracker.user;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.caller.Caller;
import org.imroc.tracker.caller.Role;

/** Who the caller is and which Trusts they may see. */
public record MeResponse(
        @Schema(description = "The user's id, or the integration key's id")
        UUID id,

        @Schema(description = "The username, or the integration key's name", maxLength = 100)
        String username,

        Role role,

        @Schema(description = "The Trusts in scope; empty when allTrusts is true", maxItems = 200)
        List<UUID> trustIds,

        @Schema(description = "True for administrators and for keys not limited to some Trusts", required = true)
        boolean allTrusts,

        @Schema(description = "A UNIT_LEAD's units, where it may write; empty for every other caller", maxItems = 50)
        List<UUID> unitIds,

        @Schema(
                description = "How the caller signed in: the Trust identity provider whose token it sent; null for "
                        + "the tracker's own token and for integration keys")
        SignedInWith identityProvider) {

    /** A Trust's identity provider: its id and issuer. */
    public record SignedInWith(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 500) String issuer) {}

    static MeResponse from(Caller caller) {
        return new MeResponse(
                caller.id(),
                caller.name(),
                caller.role(),
                caller.trustIds().stream().sorted().toList(),
                caller.scope().all(),
                caller.unitIds().stream().sorted().toList(),
                caller.identityProvider() == null
                        ? null
                        : new SignedInWith(
                                caller.identityProvider().id(),
                                caller.identityProvider().issuer()));
    }
}
