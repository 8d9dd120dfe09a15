package org.imroc.tracker.common.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;
import java.util.UUID;

/**
 * The child process of {@link KilledMidWriteTest}: writers commit rows (taking a counter row under a lock, as the change
 * feed does) and print "ACK id" after each commit returns, while other threads update, insert and delete as the
 * webhook sender does, so chunks die and their space is reused. After a few seconds the file system is armed and the
 * process halted at the moment given ({@link HaltingFiles.Moment}).
 *
 * Arguments: the database path, the moment, and milliseconds before arming.
 */
public final class KilledMidWriteWorkload {

    private KilledMidWriteWorkload() {}

    public static void main(String[] args) throws Exception {
        HaltingFiles.install(HaltingFiles.Moment.valueOf(args[1]));
        String url = "jdbc:h2:halt:" + args[0] + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000"
                + ";RETENTION_TIME=0"; // chunks may be reused as soon as they are dead: the case arrives in seconds
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table rows_written (id uuid primary key, n bigint, pad varchar(2000))");
            c.createStatement().execute("create table churn (id uuid primary key, k int, body varchar(2000))");
            c.createStatement().execute("create table counter (id int primary key, last bigint)");
            c.createStatement().execute("insert into counter values (1, 0)");
            c.createStatement().execute("create table leases (id int primary key, owner varchar(60))");
            c.createStatement().execute("insert into leases values (1, null), (2, null)");
            for (int t = 1; t <= 2; t++) {
                int lease = t;
                daemon(() -> churn(url, lease));
                daemon(() -> write(url));
            }
            Thread.sleep(Long.parseLong(args[2]));
            HaltingFiles.ARMED.set(true);
            Thread.sleep(60_000);
            System.err.println("no write into reused space within a minute");
            Runtime.getRuntime().halt(2);
        }
    }

    private static void write(String url) {
        try (Connection c = connect(url)) {
            Random random = new Random();
            while (true) {
                UUID id = UUID.randomUUID();
                ResultSet counter =
                        c.createStatement().executeQuery("select last from counter where id = 1 for update");
                counter.next();
                long n = counter.getLong(1) + 1;
                c.createStatement().executeUpdate("update counter set last = " + n + " where id = 1");
                PreparedStatement insert = c.prepareStatement("insert into rows_written values (?, ?, ?)");
                insert.setObject(1, id);
                insert.setLong(2, n);
                insert.setString(3, "w".repeat(100 + random.nextInt(1500)));
                insert.executeUpdate();
                c.commit();
                synchronized (System.out) {
                    System.out.println("ACK " + id);
                    System.out.flush();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void churn(String url, int lease) {
        try (Connection c = connect(url)) {
            Random random = new Random();
            while (true) {
                c.createStatement()
                        .executeUpdate("update leases set owner = '" + UUID.randomUUID() + "' where id = " + lease);
                c.commit();
                for (int i = 0; i < 4; i++) {
                    PreparedStatement insert = c.prepareStatement("insert into churn values (?, ?, ?)");
                    insert.setObject(1, UUID.randomUUID());
                    insert.setInt(2, lease);
                    insert.setString(3, "c".repeat(200 + random.nextInt(1700)));
                    insert.executeUpdate();
                }
                c.commit();
                c.createStatement()
                        .executeUpdate("delete from churn where k = " + lease + " and body < '"
                                + "c".repeat(random.nextInt(1900)) + "'");
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url, "sa", "");
        c.setAutoCommit(false);
        return c;
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // the database is going away with the process
            }
        });
        thread.setDaemon(true);
        thread.start();
    }
}
