package org.imroc.tracker.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Costly answers are computed a few at a time; a kept one, or one computed inside another, never waits; a thread in
 * a transaction (which may hold a pooled connection) waits for a permit only for a bounded time.
 */
class ComputationsTest {

    private final Computations computations = new Computations(() -> false, Duration.ofSeconds(2));
    private final int bound = Math.max(2, Runtime.getRuntime().availableProcessors());

    @Test
    void noMoreAnswersAreComputedAtOnceThanTheBoundAndEachOnce() throws Exception {
        Cache<Integer, Integer> cache = Caffeine.newBuilder().build();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger computed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 96; i++) {
                int key = i % 12; // 12 answers, each asked 8 times at once
                answers.add(pool.submit(() -> computations.get(cache, key, k -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    computed.incrementAndGet();
                    sleep(20);
                    running.decrementAndGet();
                    return k * 10;
                })));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo((i % 12) * 10);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isBetween(1, bound);
        assertThat(computed.get()).isEqualTo(12);
    }

    @Test
    void anAnswerComputedInsideAnotherTakesNoPermitSoEveryPermitHolderCanNestWithoutDeadlock() throws Exception {
        Cache<Integer, String> drawings = Caffeine.newBuilder().build();
        Cache<Integer, Integer> analyses = Caffeine.newBuilder().build();
        CountDownLatch allIn = new CountDownLatch(bound);
        ExecutorService pool = Executors.newFixedThreadPool(bound * 2);
        try {
            List<Future<String>> drawn = new ArrayList<>();
            for (int i = 0; i < bound * 2; i++) {
                int key = i;
                drawn.add(pool.submit(() -> computations.get(drawings, key, k -> {
                    allIn.countDown();
                    // every permit is held here: the analysis inside must not wait for one
                    int analysis = computations.get(analyses, k % 2, a -> a + 100);
                    return "drawing of " + analysis;
                })));
            }
            for (int i = 0; i < drawn.size(); i++) {
                assertThat(drawn.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("drawing of " + (i % 2 + 100));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(allIn.getCount()).isZero();
    }

    @Test
    void aKeptAnswerIsServedWhileEveryPermitIsHeld() throws Exception {
        Cache<Integer, Integer> cache = Caffeine.newBuilder().build();
        cache.put(1, 42);
        CountDownLatch holding = new CountDownLatch(bound);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(bound);
        try {
            for (int i = 0; i < bound; i++) {
                int key = 100 + i;
                pool.submit(() -> computations.get(cache, key, k -> {
                    holding.countDown();
                    await(release);
                    return k;
                }));
            }
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(computations.get(cache, 1, k -> -1)).isEqualTo(42);
        } finally {
            release.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aThreadInATransactionComputesWithoutAPermitOnceItsBoundedWaitIsOverButOutsideOneItWaits() throws Exception {
        Computations inTransaction = new Computations(() -> true, Duration.ofMillis(50));
        Computations outside = new Computations(() -> false, Duration.ofMillis(50));
        for (Computations c : List.of(inTransaction, outside)) {
            Cache<Integer, Integer> cache = Caffeine.newBuilder().build();
            CountDownLatch holding = new CountDownLatch(bound);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(bound + 1);
            try {
                for (int i = 0; i < bound; i++) {
                    int key = 100 + i;
                    pool.submit(() -> c.get(cache, key, k -> {
                        holding.countDown();
                        await(release);
                        return k;
                    }));
                }
                assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
                // every permit is held (as by readers waiting for a pooled connection this thread might hold)
                Future<Integer> asked = pool.submit(() -> c.get(cache, 1, k -> 7));
                if (c == inTransaction) {
                    assertThat(asked.get(10, TimeUnit.SECONDS)).isEqualTo(7);
                } else {
                    sleep(300);
                    assertThat(asked).isNotDone();
                    release.countDown();
                    assertThat(asked.get(10, TimeUnit.SECONDS)).isEqualTo(7);
                }
            } finally {
                release.countDown();
                pool.shutdown();
                assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
