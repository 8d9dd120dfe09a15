package org.imroc.tracker.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Answers kept with the change feed's last number they were computed after, one per question: an answer computed
 * after the feed read N is still the answer while the feed still reads N, on every instance, because every write to
 * a Trust's records (the Trust row itself included) takes a number from the feed before it commits
 * ({@code audit.AuditLog}). The caller check reads the feed's number in the statement it makes anyway, so a question
 * asked again while nothing at all was written is answered without a statement (docs/decisions/0040). A request
 * without a feed number (an identity provider's token seen for the first time) is always computed.
 *
 * <p>The key must hold everything the answer depends on besides the stored records: the caller's scope, the
 * request's parameters, the business date.
 */
public final class AsOfFeed<K, V> {

    /** An answer and the feed's number read before it was computed. */
    private record Kept<V>(long feedSeq, V value) {}

    private final Cache<K, Kept<V>> kept;

    /** At most {@code maxWeight} by {@code weigher}, each question kept for at most half an hour unasked. */
    public AsOfFeed(long maxWeight, ToIntFunction<V> weigher) {
        this.kept = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((K key, Kept<V> k) -> weigher.applyAsInt(k.value()))
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    /**
     * The kept answer to {@code question} if it was computed after the feed read {@code feed}; otherwise
     * {@code compute}'s, then kept with {@code feed} unless a newer one was kept meanwhile.
     */
    public V get(OptionalLong feed, K question, Supplier<V> compute) {
        if (feed.isEmpty()) {
            return compute.get();
        }
        long seq = feed.getAsLong();
        Kept<V> known = kept.getIfPresent(question);
        if (known != null && known.feedSeq() == seq) {
            return known.value();
        }
        V answer = compute.get();
        kept.asMap().merge(question, new Kept<>(seq, answer), (old, fresh) -> old.feedSeq() > seq ? old : fresh);
        return answer;
    }
}
