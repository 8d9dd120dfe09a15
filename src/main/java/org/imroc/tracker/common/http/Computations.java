package org.imroc.tracker.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Bounds how many answers kept per state (charts, reports, comparisons) are computed at once: as many as there are
 * processors. Computing one is CPU work, so more at once finish no sooner, but each holds its rows and drawing on
 * the heap: after a write makes every chart of a Trust with 50 long measures new, 32 readers computed 20 of them at
 * once and ran a 160 MB heap out (issue 27's worst case). A reader whose answer is kept is never held back.
 *
 * <p>A permit is taken before the cache is asked, never while holding one of its entries, and an answer computed
 * inside another (a drawing from its analysis) takes none, so waiting for a permit cannot deadlock with a cache.
 *
 * <p>Nor with the connection pool. The reads that compute run without a transaction of their own (decision 0012), and
 * outside a transaction a statement's connection goes back to the pool when it is done, so a reader waiting here
 * holds none. A thread inside a transaction may hold one until it commits, while a permit holder waits for a free
 * connection: with every connection held that way the pool would be stuck (issue 27, tenth session: with 8
 * connections, SPC readers timed out). So inside a transaction the wait is bounded, below the pool's own 5 s
 * acquisition timeout, and then the answer is computed without a permit, with a warning that names the path.
 */
@ApplicationScoped
public class Computations {

    /** How long a thread inside a transaction waits for a permit before computing without one. */
    static final Duration IN_TRANSACTION_WAIT = Duration.ofSeconds(2);

    private final Semaphore permits =
            new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private final BooleanSupplier inTransaction;
    private final long inTransactionWaitNanos;

    @Inject
    public Computations(TransactionSynchronizationRegistry transactions) {
        this(() -> transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION, IN_TRANSACTION_WAIT);
    }

    /** For tests: {@code inTransaction} says whether the calling thread is in a transaction. */
    Computations(BooleanSupplier inTransaction, Duration inTransactionWait) {
        this.inTransaction = inTransaction;
        this.inTransactionWaitNanos = inTransactionWait.toNanos();
    }

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
        if (!acquire()) {
            Log.warnf(
                    "Computed %s inside a transaction without a permit after %d ms: give that read no transaction",
                    key.getClass().getName(), TimeUnit.NANOSECONDS.toMillis(inTransactionWaitNanos));
            return within(nested, cache, key, loader);
        }
        try {
            return within(nested, cache, key, loader);
        } finally {
            permits.release();
        }
    }

    /** Waits for a permit: without bound outside a transaction, for a bounded time inside one. */
    private boolean acquire() {
        if (!inTransaction.getAsBoolean()) {
            permits.acquireUninterruptibly();
            return true;
        }
        try {
            return permits.tryAcquire(inTransactionWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
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
