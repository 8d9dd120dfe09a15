package org.imroc.tracker.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Bounds how many answers kept per state (charts, reports, comparisons) are computed at once: as many as there are
 * processors. Computing one is CPU work, so more at once finish no sooner, but each holds its rows and drawing on
 * the heap: after a write makes every chart of a Trust with 50 long measures new, 32 readers computed 20 of them at
 * once and ran a 160 MB heap out (issue 27's worst case). A reader whose answer is kept is never held back.
 *
 * <p>A permit is taken before the cache is asked, never while holding one of its entries, and an answer computed
 * inside another (a drawing from its analysis) takes none, so waiting for a permit cannot deadlock with a cache.
 */
@ApplicationScoped
public class Computations {

    private final Semaphore permits =
            new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    /** The kept answer, or one computed by {@code loader} within the bound (concurrent askers of a key share it). */
    public <K, V> V get(Cache<K, V> cache, K key, Function<? super K, ? extends V> loader) {
        V known = cache.getIfPresent(key);
        if (known != null) {
            return known;
        }
        int[] nested = depth.get();
        if (nested[0] > 0) {
            return within(nested, cache, key, loader);
        }
        permits.acquireUninterruptibly();
        try {
            return within(nested, cache, key, loader);
        } finally {
            permits.release();
        }
    }

    private static <K, V> V within(int[] nested, Cache<K, V> cache, K key, Function<? super K, ? extends V> loader) {
        nested[0]++;
        try {
            return cache.get(key, loader);
        } finally {
            nested[0]--;
        }
    }
}
