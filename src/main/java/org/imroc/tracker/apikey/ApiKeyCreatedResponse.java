package org.imroc.tracker.apikey;

import org.imroc.tracker.common.http.Identified;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new integration key: the only response that ever contains the key. */
public record ApiKeyCreatedResponse(
        UUID id,
        String name,
        List<UUID> trustIds,
        @Schema(description = "true: the key reads every Trust") boolean allTrusts,
        LocalDate expiresOn,
        @Schema(description = "The key: shown only now, store it safely. Send as 'Authorization: Bearer <key>'",
                examples = "imk_3q2-7wEv…") String key,
        String keyPrefix,
        long version,
        Instant createdAt) implements Identified {
}
