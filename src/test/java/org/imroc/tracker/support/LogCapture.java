package org.imroc.tracker.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records the log lines written while it is open (the service logs through JBoss LogManager): those at WARN or
 * above, or with {@link #allLevels()} every line the loggers' levels let through.
 */
public final class LogCapture implements AutoCloseable {

    private final Level threshold;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= threshold.intValue()) {
                records.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    public LogCapture() {
        this(Level.WARNING);
    }

    private LogCapture(Level threshold) {
        this.threshold = threshold;
        Logger.getLogger("").addHandler(handler);
    }

    /** A capture of every line the service writes, whatever its level. */
    public static LogCapture allLevels() {
        return new LogCapture(Level.ALL);
    }

    /** The lines at WARN and above so far. */
    public List<String> warnings() {
        return records.stream()
                .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogCapture::line)
                .toList();
    }

    /** Every line captured so far, as written (level, logger, message and the exception, if any). */
    public List<String> records() {
        return records.stream().map(LogCapture::line).toList();
    }

    /** The captured lines that carry an exception, which the console writes with its stack trace. */
    public List<String> withStackTraces() {
        return records.stream()
                .filter(r -> r.getThrown() != null)
                .map(LogCapture::line)
                .toList();
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }

    private static String line(LogRecord record) {
        String message = record.getMessage() == null ? "" : record.getMessage();
        Object[] parameters = record.getParameters();
        if (parameters != null && parameters.length > 0 && message.contains("%")) {
            try {
                message = String.format(message, parameters);
            } catch (RuntimeException ignored) {
                // keep the pattern
            }
        }
        Throwable thrown = record.getThrown();
        return record.getLevel() + " [" + record.getLoggerName() + "] " + message
                + (thrown == null ? "" : " | " + thrown);
    }
}
