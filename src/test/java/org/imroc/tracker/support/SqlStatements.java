package org.imroc.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.imroc.tracker.caller.SecurityEpochs;

/**
 * Counts the SQL statements one real HTTP request prepares (Hibernate statistics; the test profile turns them on
 * and no background job runs), to prove that reads take a fixed number of statements whatever the data: no N+1.
 * Every count includes the per-request caller lookup.
 */
public final class SqlStatements {

    /**
     * The caller check every authenticated request makes: one read of the security epoch (plain JDBC, counted here
     * too), plus the user with their Trusts or the key when the epoch has moved or the credential is new.
     */
    public static final int CALLER_LOOKUP = 1;
    /** What the design aims for: a list page or an item in at most 3 statements, plus the caller lookup. */
    public static final int READ_CEILING = 3 + CALLER_LOOKUP;

    private SqlStatements() {}

    /** The statements prepared while {@code request} runs. */
    public static long during(Runnable request) {
        Statistics statistics =
                Arc.container().instance(SessionFactory.class).get().getStatistics();
        assertThat(statistics.isStatisticsEnabled())
                .as("hibernate statistics in the test profile")
                .isTrue();
        SecurityEpochs epochs = Arc.container().instance(SecurityEpochs.class).get();
        statistics.clear();
        long epochReads = epochs.reads();
        request.run();
        return statistics.getPrepareStatementCount() + epochs.reads() - epochReads;
    }

    /**
     * The fewest statements of {@code times} runs of {@code request}: for a count that must hold while nothing is
     * written, in case a background job wrote during one run.
     */
    public static long leastOf(int times, Runnable request) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < times; i++) {
            least = Math.min(least, during(request));
        }
        return least;
    }
}
