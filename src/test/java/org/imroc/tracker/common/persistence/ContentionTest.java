package org.imroc.tracker.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.LockAcquisitionException;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.junit.jupiter.api.Test;

/** Which failures are retried, how often, and what the client gets when every try loses. */
class ContentionTest {

    @Test
    void deadlocksSerialisationFailuresLockTimeoutsAndMovedVersionsAreLost() {
        assertThat(Contention.isLost(new SQLException("deadlock detected", "40P01")))
                .isTrue();
        assertThat(Contention.isLost(new SQLException("could not serialize", "40001")))
                .isTrue();
        assertThat(Contention.isLost(new SQLException("Timeout trying to lock table", "HYT00")))
                .isTrue();
        assertThat(Contention.isLost(new OptimisticLockException("row was updated")))
                .isTrue();
        assertThat(Contention.isLost(new PessimisticLockException("lock"))).isTrue();
        assertThat(Contention.isLost(new LockAcquisitionException("lock", new SQLException("x", "40001"))))
                .isTrue();
    }

    @Test
    void aLostCommitIsRecognisedDeepInTheChainOrAsASuppressedFailure() {
        RuntimeException wrapped = new IllegalStateException(
                "commit failed", new RuntimeException("flush", new SQLException("deadlock", "40P01")));
        assertThat(Contention.isLost(wrapped)).isTrue();
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new OptimisticLockException("stale"));
        assertThat(Contention.isLost(new IllegalStateException(rollback))).isTrue();
    }

    @Test
    void constraintViolationsAndTheRequestsOwnAnswersAreNotLost() {
        assertThat(Contention.isLost(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(Contention.isLost(new IllegalArgumentException("bug"))).isFalse();
        assertThat(Contention.isLost(ApiException.conflict("the cycle is closed")))
                .isFalse();
    }

    @Test
    void aLostTryIsRunAgainUntilItWins() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        String result = Contention.retried(() -> {
            if (tries.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLException("deadlock", "40P01"));
            }
            return "committed";
        });
        assertThat(result).isEqualTo("committed");
        assertThat(tries).hasValue(3);
    }

    @Test
    void whenEveryTryLosesTheClientIsToldToSendItAgain() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> Contention.retried(() -> {
                    tries.incrementAndGet();
                    throw new OptimisticLockException("stale");
                }))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
                    assertThat(e.retryAfterSeconds()).isEqualTo(1L);
                });
        assertThat(tries).hasValue(Contention.ATTEMPTS);
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> Contention.retried(() -> {
                    tries.incrementAndGet();
                    throw ApiException.invalid("title", "must not be blank");
                }))
                .isInstanceOf(ApiException.class);
        assertThat(tries).hasValue(1);
    }
}
