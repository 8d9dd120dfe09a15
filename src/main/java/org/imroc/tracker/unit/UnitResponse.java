package org.imroc.tracker.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;

public record UnitResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID trustId,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true) UnitKind kind,
        UUID parentId,
        @Schema(maxLength = 5) String odsSiteCode,
        @Schema(minimum = "1", maximum = "200") Integer beds,
        @Schema(required = true) LocalDate openedOn,
        LocalDate closedOn,

        @Schema(required = true, description = "false once closedOn is set")
        boolean open,

        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    static UnitResponse from(Unit unit) {
        return new UnitResponse(
                unit.getId(),
                unit.getTrustId(),
                unit.getName(),
                unit.getKind(),
                unit.getParentId(),
                unit.getOdsSiteCode(),
                unit.getBeds(),
                unit.getOpenedOn(),
                unit.getClosedOn(),
                unit.isOpen(),
                unit.getVersion(),
                unit.getCreatedAt(),
                unit.getUpdatedAt());
    }
}
