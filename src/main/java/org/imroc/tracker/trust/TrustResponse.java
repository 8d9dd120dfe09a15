package org.imroc.tracker.trust;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;
import org.imroc.tracker.common.http.TrustOwned;

public record TrustResponse(
        @Schema(required = true) UUID id,
        String name,
        String odsCode,
        String region,
        Set<ServiceArea> services,
        TrustStatus status,
        LocalDate joinedOn,
        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified, TrustOwned {

    static TrustResponse from(Trust trust) {
        return new TrustResponse(
                trust.getId(),
                trust.getName(),
                trust.getOdsCode(),
                trust.getRegion(),
                trust.getServices(),
                trust.getStatus(),
                trust.getJoinedOn(),
                trust.getVersion(),
                trust.getCreatedAt(),
                trust.getUpdatedAt());
    }

    /** A Trust is its own Trust. */
    @Override
    @JsonIgnore
    public UUID trustId() {
        return id;
    }
}
