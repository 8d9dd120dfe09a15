package org.imroc.tracker.trust;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Trust as a client creates it, and the form a merge patch is applied to. */
public record TrustRequest(
        @NotBlank @Size(max = 200) String name,

        @NotBlank
        @Size(max = 5)
        @Pattern(regexp = ODS_CODE, message = "must be an NHS ODS code: 3 to 5 upper-case letters or digits")
        @Schema(description = "NHS ODS organisation code", examples = "RQY")
        String odsCode,

        @Size(max = 100) String region,

        @Size(max = 6) @Schema(description = "Kinds of service the Trust provides")
        Set<ServiceArea> services,

        @Schema(description = "Defaults to ACTIVE") TrustStatus status,
        LocalDate joinedOn) {

    public static final String ODS_CODE = "^[A-Z0-9]{3,5}$";

    public TrustRequest {
        services = services == null ? new TreeSet<>() : new TreeSet<>(services);
    }

    static TrustRequest from(Trust trust) {
        return new TrustRequest(
                trust.getName(),
                trust.getOdsCode(),
                trust.getRegion(),
                trust.getServices(),
                trust.getStatus(),
                trust.getJoinedOn());
    }
}
