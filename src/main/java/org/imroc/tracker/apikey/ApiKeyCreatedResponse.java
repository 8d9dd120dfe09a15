package org.imroc.tracker.apikey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.http.Identified;

/** A new integration key: the only response that ever contains the key. */
public record ApiKeyCreatedResponse(
        @Schema(required = true) UUID id,
        @Schema(maxLength = 100) String name,
        @Schema(maxItems = 200) List<UUID> trustIds,

        @Schema(description = "true: the key reads every Trust", required = true)
        boolean allTrusts,

        @Schema(
                description = "RAW: figures as recorded; PUBLIC: figures of people through small-number suppression",
                required = true)
        KeyDisclosure disclosure,

        LocalDate expiresOn,

        @Schema(
                description = "The key: shown only now, store it safely. Send as 'Authorization: Bearer <key>'",
                examples = "imk_3q2-7wEv…",
                maxLength = 100,
                pattern = "^imk_[A-Za-z0-9_-]+$")
        String key,

        @Schema(maxLength = 12) String keyPrefix,
        @Schema(required = true) long version,
        Instant createdAt)
        implements Identified {}
