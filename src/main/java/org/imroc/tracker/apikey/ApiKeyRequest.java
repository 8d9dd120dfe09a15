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
        LocalDate expiresOn,

        @Schema(
                description = "RAW (default): figures as recorded. PUBLIC, for a published dashboard: every figure of "
                        + "people of a measure with breakdowns is shown through small-number suppression (counts 1 to "
                        + "min-count − 1 and their complements null with suppressed true), even of the key's Trusts, "
                        + "and one group's series (spc?breakdown=) is refused")
        KeyDisclosure disclosure) {

    public ApiKeyRequest {
        trustIds = trustIds == null ? new TreeSet<>() : new TreeSet<>(trustIds);
        allTrusts = Boolean.TRUE.equals(allTrusts);
        disclosure = disclosure == null ? KeyDisclosure.RAW : disclosure;
    }
}
