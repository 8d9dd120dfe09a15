package org.imroc.tracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.imroc.tracker.common.persistence.Where;

/**
 * The change feed for integrations: every audit event in the caller's scope, in sequence (= commit) order, resumable
 * from the last cursor. A cursor older than tracker.feed.retention is refused with 410 (resynchronise from the item
 * endpoints, then follow the feed from a fresh cursor).
 */
@ApplicationScoped
public class ChangeFeedService {

    private final AuditEventRepository events;
    private final CurrentCaller caller;
    private final Duration retention;

    public ChangeFeedService(AuditEventRepository events, CurrentCaller caller, TrackerConfig config) {
        this.events = events;
        this.caller = caller;
        this.retention = config.feed().retention();
    }

    /**
     * A page of the feed after {@code after}. A poll from the feed's last number (an integration that is up to date,
     * the common case) is answered without a statement: the caller check read that number, and every event up to it
     * has committed (each takes its number under the feed's lock, {@link AuditLog}), so none can follow the cursor
     * yet (docs/decisions/0041). Read without a transaction of its own (decision 0012).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangePage changes(String after, int limit, UUID trustId, String resourceType) {
        FeedCursor cursor = FeedCursor.decode(after);
        if (cursor.occurredAt() != null
                && cursor.occurredAt().isBefore(Instant.now().minus(retention))) {
            throw new ApiException(
                    ProblemType.GONE,
                    "This cursor is older than the feed's retention ("
                            + retention.toDays()
                            + " days). Resynchronise from the item endpoints, then follow the feed "
                            + "from the cursor of a fresh poll.");
        }
        OptionalLong feed = caller.feedSeqAtCheck();
        if (feed.isPresent() && cursor.seq() >= feed.getAsLong()) {
            return new ChangePage(List.of(), cursor.encode());
        }
        Where where = new Where()
                .scopedTo(caller.scope(), "trustId")
                .and("trustId = :trustId", "trustId", trustId)
                .and("resourceType = :resourceType", "resourceType", resourceType)
                .always("seq > :after", "after", cursor.seq());
        List<AuditEvent> page = events.find(where.query() + " order by seq", where.params())
                .page(0, limit)
                .list();
        String next = page.isEmpty()
                ? cursor.encode()
                : new FeedCursor(
                                page.get(page.size() - 1).getSeq(),
                                page.get(page.size() - 1).getOccurredAt())
                        .encode();
        return new ChangePage(page.stream().map(ChangeResponse::from).toList(), next);
    }

    /** The position a change-feed cursor names (400 naming {@code after} when it is not one). */
    public static long positionOf(String cursor) {
        return FeedCursor.decode(cursor).seq();
    }

    /** A cursor for a position of the feed, to pass as {@code after}. */
    public static String cursorAt(long seq, Instant occurredAt) {
        return new FeedCursor(seq, occurredAt).encode();
    }
}
