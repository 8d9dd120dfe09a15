package org.imroc.tracker.unit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new unit of a Trust. */
public record UnitRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Unique among the Trust's open units", examples = "Cedar Ward")
        String name,

        @NotNull UnitKind kind,

        @Schema(
                description =
                        "The unit it belongs to (a ward on a site, a team in a service): a unit of the same Trust")
        UUID parentId,

        @Size(max = 5)
        @Pattern(regexp = ODS_SITE_CODE, message = "must be an NHS ODS site code: 5 upper-case letters or digits")
        @Schema(examples = "RX4E2")
        String odsSiteCode,

        @Min(1) @Max(Unit.MAX_BEDS) @Schema(description = "Wards only")
        Integer beds,

        @Schema(description = "Defaults to today") LocalDate openedOn) {

    /** An ODS site code: five upper-case letters or digits (a Trust's three, then two). */
    public static final String ODS_SITE_CODE = "^[A-Z0-9]{5}$";
}
