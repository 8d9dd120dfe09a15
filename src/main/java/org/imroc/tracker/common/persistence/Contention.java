package org.imroc.tracker.common.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.imroc.tracker.common.error.ApiException;

/**
 * A transaction that lost to another one at the same moment (a deadlock, a serialisation failure, a lock wait that
 * timed out, a row version that moved under it) did nothing wrong: run again, it sees the winner's commit and
 * either succeeds or gives the answer the new state calls for (a stale If-Match is then a plain 412). So a whole
 * transaction is run up to {@link #ATTEMPTS} times, with a short random pause between tries; past that the client
 * gets 503 with Retry-After, never a 500.
 */
public final class Contention {

    /** Tries of one transaction, the first included. */
    public static final int ATTEMPTS = 5;

    /** Deadlock or serialisation failure (standard and PostgreSQL), lock wait timed out (H2, PostgreSQL). */
    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "HYT00", "55P03", "90131");

    private Contention() {}

    /** Runs {@code transaction} (which begins and ends a transaction of its own) until it wins or tries run out. */
    public static <T> T retried(Callable<T> transaction) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.call();
            } catch (Exception e) {
                if (!isLost(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw busy();
                }
                pause(attempt);
            }
        }
    }

    /** Whether a failure is one a fresh try of the same transaction may not meet. */
    public static boolean isLost(Throwable failure) {
        return isLost(failure, 0);
    }

    private static boolean isLost(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof ApiException) {
                return false; // the request's own answer, decided on what the transaction saw
            }
            if (cause instanceof OptimisticLockException
                    || cause instanceof StaleStateException
                    || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || cause instanceof LockAcquisitionException
                    || cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) { // a commit's failure, as Narayana reports it
                if (isLost(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs {@code work} in a new transaction of its own, retried like any other. */
    public static <T> T inNewTransaction(Supplier<T> work) {
        try {
            return retried(() -> QuarkusTransaction.requiringNew().call(work::get));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer once every try lost: the client may send the same request again in a second. */
    public static ApiException busy() {
        return ApiException.unavailable(
                "Too many changes to the same records at this moment; send the request " + "again.", 1);
    }

    private static void pause(int attempt) {
        long millis = ThreadLocalRandom.current().nextLong(5, 20L << attempt);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }
}
