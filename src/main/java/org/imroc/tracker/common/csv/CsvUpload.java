package org.imroc.tracker.common.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.FieldError;
import org.imroc.tracker.common.error.ProblemType;
import org.imroc.tracker.common.json.StorableText;

/**
 * A spreadsheet uploaded as RFC 4180 CSV with a header row naming the columns, in any order and any case. Rows are
 * numbered as a spreadsheet shows them (the header is row 1) and every problem names its row and column
 * ({@code row 3.kind}), so a person can find it; a feature turns the cells into its own request.
 */
public final class CsvUpload {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    /** One data row: its number as a spreadsheet shows it, and its cells by lower-cased column name. */
    public record Row(int number, Map<String, String> cells) {

        /** The cell, stripped, or null when blank or absent. */
        public String text(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** How a problem names this row's cell. */
        public String field(String column) {
            return "row " + number + "." + column;
        }
    }

    private CsvUpload() {}

    /**
     * The rows of {@code text}. 422 on {@code header} for an empty file, an unknown or repeated column, or a missing
     * {@code required} one; on {@code rows} for a file without rows or with more than {@code maxRows}; on each cell
     * that cannot be stored (all such cells at once). 400 when the text is not CSV.
     */
    public static List<Row> read(String text, List<String> columns, Set<String> required, int maxRows) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String example = String.join(",", columns);
        if (csv.isBlank()) {
            throw ApiException.invalid("header", "the file is empty: the first row names the columns, e.g. " + example);
        }
        List<Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            boolean more = it.hasNextValue();
            List<String> header = header(it, columns, required);
            int number = 1;
            for (; more; more = it.hasNextValue()) {
                number++;
                if (rows.size() == maxRows) {
                    throw ApiException.invalid("rows", "at most " + maxRows + " rows per upload");
                }
                Row row = new Row(number, lowerCased(it.nextValue()));
                row.cells().forEach((column, value) -> {
                    String problem = StorableText.problem(value);
                    if (problem != null) {
                        errors.add(new FieldError(row.field(column), problem));
                    }
                });
                rows.add(row);
            }
            if (number == 1) {
                throw ApiException.invalid(
                        "rows", "the file has a header (" + String.join(",", header) + ") but no rows");
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " near line " + e.getLocation().getLineNr();
            throw ApiException.badRequest("The CSV could not be read" + where + ": " + reason(e));
        } catch (IOException e) {
            throw ApiException.badRequest("The CSV could not be read.");
        }
        requireNone(errors);
        return rows;
    }

    /** 422 with every problem found, in the order found (row by row): nothing of the upload is recorded. */
    public static void requireNone(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ApiException(
                    ProblemType.VALIDATION_FAILED,
                    "Some rows are not valid; nothing was recorded.",
                    List.copyOf(errors));
        }
    }

    /** The cell cut to 40 characters, to quote it in a problem. */
    public static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static List<String> header(
            MappingIterator<Map<String, String>> it, List<String> columns, Set<String> required) {
        CsvSchema schema = (CsvSchema) it.getParserSchema();
        if (schema == null || schema.size() == 0) {
            throw ApiException.invalid(
                    "header", "the file is empty: the first row names the columns, e.g. " + String.join(",", columns));
        }
        List<String> names = new ArrayList<>();
        for (CsvSchema.Column column : schema) {
            String name = column.getName().strip().toLowerCase(Locale.ROOT);
            if (!columns.contains(name)) {
                throw ApiException.invalid(
                        "header",
                        "unknown column '" + abbreviate(column.getName()) + "'; the columns are "
                                + String.join(", ", columns));
            }
            if (names.contains(name)) {
                throw ApiException.invalid("header", "column '" + name + "' appears twice");
            }
            names.add(name);
        }
        for (String name : required) {
            if (!names.contains(name)) {
                throw ApiException.invalid("header", "a '" + name + "' column is required");
            }
        }
        return names;
    }

    private static Map<String, String> lowerCased(Map<String, String> cells) {
        Map<String, String> result = new LinkedHashMap<>();
        cells.forEach((name, value) -> result.put(name.strip().toLowerCase(Locale.ROOT), value));
        return result;
    }

    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "malformed CSV";
        }
        int cut = message.indexOf('\n');
        return abbreviate(cut < 0 ? message : message.substring(0, cut));
    }
}
