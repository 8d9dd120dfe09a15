package org.imroc.tracker.common.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes RFC 4180 CSV in UTF-8: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled. Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is
 * prefixed with ' (OWASP CSV injection); so is a formula character right after a separator (comma, semicolon or tab)
 * inside a cell, since a spreadsheet in a semicolon or tab locale splits the cell there, and such a cell is quoted.
 * Dates and instants are ISO; numbers are written as numbers.
 */
public final class CsvWriter {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

    /** A separator some spreadsheet locale splits on, then a character that starts a formula. */
    private static final Pattern FORMULA_AFTER_SEPARATOR = Pattern.compile("([,;\t])([=+\\-@])");

    private final Writer out;

    public CsvWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
    }

    public CsvWriter row(List<?> values) {
        StringJoiner line = new StringJoiner(",", "", "\r\n");
        for (Object value : values) {
            line.add(cell(value));
        }
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        Matcher hidden = FORMULA_AFTER_SEPARATOR.matcher(text);
        if (hidden.find()) {
            return "\"" + hidden.replaceAll("$1'$2").replace("\"", "\"\"") + "\"";
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
