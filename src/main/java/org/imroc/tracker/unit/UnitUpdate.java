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

/** What a merge patch may change of a unit: every field, closing it included (set closedOn; null opens it again). */
public record UnitUpdate(
        @NotBlank @Size(max = 200) String name,
        @NotNull UnitKind kind,
        UUID parentId,

        @Size(max = 5)
        @Pattern(
                regexp = UnitRequest.ODS_SITE_CODE,
                message = "must be an NHS ODS site code: 5 upper-case letters or digits")
        String odsSiteCode,

        @Min(1) @Max(Unit.MAX_BEDS) Integer beds,
        @NotNull LocalDate openedOn,

        @Schema(description = "The day it closed (not in the future): it keeps its history and takes no new records")
        LocalDate closedOn) {

    static UnitUpdate from(Unit unit) {
        return new UnitUpdate(
                unit.getName(),
                unit.getKind(),
                unit.getParentId(),
                unit.getOdsSiteCode(),
                unit.getBeds(),
                unit.getOpenedOn(),
                unit.getClosedOn());
    }
}
