package org.imroc.tracker.apikey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;

/** An integration key as listed: never the key itself. */
public record ApiKeyResponse(
        @Schema(required = true) UUID id,
        String name,

        @Schema(description = "The first characters of the key, to tell keys apart", maxLength = 12)
        String keyPrefix,

        @Schema(description = "The Trusts the key may read") List<UUID> trustIds,

        @Schema(description = "true: the key reads every Trust", required = true)
        boolean allTrusts,

        @Schema(
                description = "RAW: figures as recorded; PUBLIC: figures of people through small-number suppression",
                required = true)
        KeyDisclosure disclosure,

        LocalDate expiresOn,

        @Schema(description = "When the key was revoked; null while it is in use")
        Instant revokedAt,

        @Schema(required = true) long version,
        Instant createdAt,
        Instant updatedAt)
        implements Identified {

    static ApiKeyResponse from(ApiKey key) {
        return new ApiKeyResponse(
                key.getId(),
                key.getName(),
                key.getKeyPrefix(),
                key.getTrustIds().stream().sorted().toList(),
                key.isAllTrusts(),
                key.getDisclosure(),
                key.getExpiresOn(),
                key.getRevokedAt(),
                key.getVersion(),
                key.getCreatedAt(),
                key.getUpdatedAt());
    }
}
