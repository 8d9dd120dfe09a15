package org.imroc.tracker.apikey;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ApiKeyRequest(
        @NotBlank @Size(max = 100) @Schema(examples = "Commissioner dashboard")
        String name,

        @Size(max = 200) @Schema(description = "The Trusts the key may read; required unless allTrusts")
        Set<UUID> trustIds,

        @Schema(description = "true: the key reads every Trust, now and to come (then trustIds must be empty)")
        Boolean allTrusts,

        @FutureOrPresent @Schema(description = "Last day the key works (Europe/London); absent = no expiry")
        LocalDate expiresOn) {

    public ApiKeyRequest {
        trustIds = trustIds == null ? new TreeSet<>() : new TreeSet<>(trustIds);
        allTrusts = Boolean.TRUE.equals(allTrusts);
    }
}
