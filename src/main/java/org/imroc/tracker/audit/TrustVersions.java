package org.imroc.tracker.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;

/**
 * A Trust's change number for a read that keeps its answers per state of the Trust (roll-ups, pages of actions),
 * without a statement when nothing at all has been written since it was last read. Every write to a Trust's records
 * takes a number from the change feed while holding the feed's lock, and the Trust's change number is that number
 * ({@link TrustVersion}); the caller check reads the feed's last number with the security epoch, in the statement it
 * makes anyway ({@code SecurityEpochs.Reading}). So a Trust's number read after the feed's was N is still current
 * while the feed's is still N, on every instance: the number is kept with the N it was read after, and read again
 * as soon as the feed has moved. Without a feed number for the request (an identity provider's token), it is read.
 */
@ApplicationScoped
public class TrustVersions {

    /** A Trust's change number, and the feed's last number read before it. */
    private record Known(long feedSeq, long lastSeq) {}

    private final Cache<UUID, Known> known = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    private final TrustVersionRepository versions;
    private final CurrentCaller caller;

    public TrustVersions(TrustVersionRepository versions, CurrentCaller caller) {
        this.versions = versions;
        this.caller = caller;
    }

    /**
     * The change number of a Trust the caller may see, as {@link #lastSeq}: 404 for a Trust outside the caller's
     * scope or none at all, alike.
     */
    public long inScope(UUID trustId) {
        if (!caller.scope().includes(trustId)) {
            throw ApiException.notFound("Trust", trustId);
        }
        return lastSeq(trustId).orElseThrow(() -> ApiException.notFound("Trust", trustId));
    }

    /** The Trust's change number (empty when there is no such Trust): no statement while the feed has not moved. */
    public OptionalLong lastSeq(UUID trustId) {
        OptionalLong feed = caller.feedSeqAtCheck();
        if (feed.isPresent()) {
            Known k = known.getIfPresent(trustId);
            if (k != null && k.feedSeq() == feed.getAsLong()) {
                return OptionalLong.of(k.lastSeq());
            }
        }
        OptionalLong read = versions.lastSeq(trustId);
        if (feed.isPresent() && read.isPresent()) {
            known.put(trustId, new Known(feed.getAsLong(), read.getAsLong()));
        }
        return read;
    }
}
