package org.imroc.tracker.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Records every log line at WARN or above written while it is open (the service logs through JBoss LogManager). */
public final class LogCapture implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
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
                lines.add(record.getLevel() + " [" + record.getLoggerName() + "] " + message
                        + (thrown == null ? "" : " | " + thrown));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    public LogCapture() {
        Logger.getLogger("").addHandler(handler);
    }

    /** The lines at WARN and above so far. */
    public List<String> warnings() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
