package org.imroc.tracker.caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads and moves on the {@link SecurityEpoch}. */
@ApplicationScoped
public class SecurityEpochs {

    /**
     * The epoch, and the change feed's last number beside it in the same read (both single rows): a request then knows
     * whether anything at all was written since an earlier one, at no cost of its own (see {@link Reading}).
     */
    private static final String CURRENT =
            "select e.epoch, f.last_seq from security_epoch e, feed_counter f where e.id = " + SecurityEpoch.ID
                    + " and f.id = 1";

    /**
     * What one read gives: the security epoch, and the change feed's last number. Every write to a Trust's records
     * takes a feed number while it holds the feed's lock, so while that number stays the same, no Trust's change
     * number has moved since it was read after it ({@code TrustVersions}).
     */
    public record Reading(long epoch, long feedSeq) {}

    private final EntityManager em;
    private final DataSource dataSource;
    private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();

    public SecurityEpochs(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /**
     * The current epoch: one primary-key read on a pooled connection, outside any transaction (it is read on every
     * request, so it skips the ORM and the transaction manager). A failure here fails the request: no caller is
     * trusted without it.
     */
    public long current() {
        return read().epoch();
    }

    /** The epoch and the feed's last number, as {@link #current()} reads them: one statement. */
    public Reading read() {
        reads.incrementAndGet();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(CURRENT);
                ResultSet row = read.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("security_epoch has no row");
            }
            return new Reading(row.getLong(1), row.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException("The security epoch could not be read", e);
        }
    }

    /** How many times the epoch has been read (statement counts in tests include these reads). */
    public long reads() {
        return reads.get();
    }

    /** Moves the epoch on, in the caller's transaction (after the change to the user or key is flushed). */
    public void bump() {
        em.createQuery("update SecurityEpoch e set e.epoch = e.epoch + 1 where e.id = :id")
                .setParameter("id", SecurityEpoch.ID)
                .executeUpdate();
    }
}
