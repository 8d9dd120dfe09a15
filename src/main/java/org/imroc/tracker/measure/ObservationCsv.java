package org.imroc.tracker.measure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.FieldError;
import org.imroc.tracker.common.json.StorableText;

/**
 * Observations uploaded as a spreadsheet: RFC 4180 CSV with a header row naming the columns, in any order and any
 * case: {@code period,value[,annotation][,rebase][,excluded,exclusion_reason]} for a plain measure, {@code period,numerator,denominator[,…]}
 * for a rate (an exported {@code value} column is accepted for a rate and must match the derived value), and a
 * {@code unit} column (the unit's name or id) for a measure recorded by UNIT. A measure with breakdowns takes its
 * parts in long format: {@code breakdown} and {@code code} columns, a row per part beside the total's row (whose
 * breakdown is empty), e.g. {@code period,unit,breakdown,code,numerator,denominator}. Rows are numbered as a
 * spreadsheet shows them, the header being row 1, and every problem names its row and column.
 */
final class ObservationCsv {

    static final Set<String> COLUMNS = Set.of(
            "period",
            "unit",
            "breakdown",
            "code",
            "value",
            "numerator",
            "denominator",
            "annotation",
            "rebase",
            "excluded",
            "exclusion_reason");
    /** The most part rows one upload takes: every breakdown's codes for each of its periods. */
    static final int MAX_PART_ROWS = 20_000;

    private static final String EMPTY =
            "the file is empty: the first row names the columns, e.g. " + "period,value,annotation,rebase";
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    /** One data row: its number as a spreadsheet shows it, and what it says. */
    record Row(int number, ObservationItem item, String unit) {

        String field(String column) {
            return "row " + number + "." + column;
        }
    }

    private ObservationCsv() {}

    /** The rows that could be read, and the problems of those that could not (all rows are read either way). */
    record Upload(List<Row> rows, List<FieldError> errors) {}

    static Upload read(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (csv.isBlank()) {
            throw ApiException.invalid("header", EMPTY);
        }
        List<Row> rows = new ArrayList<>();
        List<PartRow> partRows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            List<String> header = new ArrayList<>();
            boolean more = header(it, header);
            int number = 1;
            for (; more; more = it.hasNextValue()) {
                number++;
                Map<String, String> cells = lowerCased(it.nextValue());
                if (blankToNull(cells.get("breakdown")) != null) {
                    if (partRows.size() == MAX_PART_ROWS) {
                        throw ApiException.invalid("rows", "at most " + MAX_PART_ROWS + " part rows per upload");
                    }
                    PartRow part = partRow(number, cells, errors);
                    if (part != null) {
                        partRows.add(part);
                    }
                    continue;
                }
                if (rows.size() == ObservationBatchRequest.MAX_PERIODS) {
                    throw ApiException.invalid(
                            "rows", "at most " + ObservationBatchRequest.MAX_PERIODS + " periods per upload");
                }
                Row row = row(number, cells, errors);
                if (row != null) {
                    rows.add(row);
                }
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
        return new Upload(withParts(rows, partRows, errors), errors);
    }

    /** A part row: one code of one breakdown, for the total row of the same period (and unit). */
    private record PartRow(int number, String key, String breakdown, ObservationItem.PartItem part) {}

    private static PartRow partRow(int number, Map<String, String> cells, List<FieldError> errors) {
        int before = errors.size();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String problem = StorableText.problem(cell.getValue());
            if (problem != null) {
                errors.add(new FieldError("row " + number + "." + cell.getKey(), problem));
            }
        }
        String code = blankToNull(cells.get("code"));
        if (code == null && errors.size() == before) {
            errors.add(new FieldError("row " + number + ".code", "is required on a part row (one with a breakdown)"));
        }
        for (String column : List.of("annotation", "rebase")) {
            if (blankToNull(cells.get(column)) != null) {
                errors.add(new FieldError(
                        "row " + number + "." + column, "belongs on the total's row (the one with no breakdown)"));
            }
        }
        ObservationItem.PartItem part = new ObservationItem.PartItem(
                code == null ? null : abbreviate(code),
                number(cells, "value", number, errors),
                number(cells, "numerator", number, errors),
                number(cells, "denominator", number, errors));
        if (errors.size() > before) {
            return null;
        }
        return new PartRow(
                number,
                key(cells.get("period"), cells.get("unit")),
                blankToNull(cells.get("breakdown")).toUpperCase(Locale.ROOT),
                part);
    }

    /** The total rows, each with the parts given for it; a part row without a total row is a problem. */
    private static List<Row> withParts(List<Row> rows, List<PartRow> partRows, List<FieldError> errors) {
        if (partRows.isEmpty()) {
            return rows;
        }
        Map<String, Map<String, List<ObservationItem.PartItem>>> byKey = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (Row row : rows) {
            totals.putIfAbsent(key(row.item().period(), row.unit()), row.number());
        }
        for (PartRow part : partRows) {
            if (!totals.containsKey(part.key())) {
                errors.add(new FieldError(
                        "row " + part.number() + ".period",
                        "no total row (one with an empty breakdown) for this period"
                                + " and unit: give the total too"));
                continue;
            }
            byKey.computeIfAbsent(part.key(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(part.breakdown(), b -> new ArrayList<>())
                    .add(part.part());
        }
        List<Row> result = new ArrayList<>();
        for (Row row : rows) {
            Map<String, List<ObservationItem.PartItem>> parts =
                    byKey.get(key(row.item().period(), row.unit()));
            result.add(
                    parts == null || totals.get(key(row.item().period(), row.unit())) != row.number()
                            ? row
                            : new Row(row.number(), row.item().withParts(parts), row.unit()));
        }
        return result;
    }

    private static String key(String period, String unit) {
        String p = blankToNull(period);
        String u = blankToNull(unit);
        return (p == null ? "" : p) + "|" + (u == null ? "" : u.toLowerCase(Locale.ROOT));
    }

    /** Checks the header row into {@code names}; true when a data row follows. */
    private static boolean header(MappingIterator<Map<String, String>> it, List<String> names) throws IOException {
        boolean rows = it.hasNextValue();
        CsvSchema schema = (CsvSchema) it.getParserSchema();
        if (schema == null || schema.size() == 0) {
            throw ApiException.invalid("header", EMPTY);
        }
        for (CsvSchema.Column column : schema) {
            String name = column.getName().strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw ApiException.invalid(
                        "header",
                        "unknown column '" + abbreviate(column.getName())
                                + "'; the columns are period, value, annotation, rebase, excluded, exclusion_reason (or "
                                + "numerator and denominator for a rate), unit for a measure recorded by unit, and "
                                + "breakdown and code for parts");
            }
            if (names.contains(name)) {
                throw ApiException.invalid("header", "column '" + name + "' appears twice");
            }
            names.add(name);
        }
        if (!names.contains("period")) {
            throw ApiException.invalid("header", "a 'period' column is required");
        }
        return rows;
    }

    private static Row row(int number, Map<String, String> cells, List<FieldError> errors) {
        int before = errors.size();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String problem = StorableText.problem(cell.getValue());
            if (problem != null) {
                errors.add(new FieldError("row " + number + "." + cell.getKey(), problem));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        ObservationItem item = new ObservationItem(
                blankToNull(cells.get("period")),
                null,
                number(cells, "value", number, errors),
                number(cells, "numerator", number, errors),
                number(cells, "denominator", number, errors),
                blankToNull(cells.get("annotation")),
                flag(cells, "rebase", number, errors),
                null,
                flag(cells, "excluded", number, errors),
                blankToNull(cells.get("exclusion_reason")));
        return errors.size() > before ? null : new Row(number, item, blankToNull(cells.get("unit")));
    }

    private static BigDecimal number(Map<String, String> cells, String column, int row, List<FieldError> errors) {
        String text = blankToNull(cells.get(column));
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.length() > 40 ? "x" : text);
            if (value.precision() > 30 || Math.abs((long) value.scale()) > 30) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(
                    "row " + row + "." + column,
                    "'" + abbreviate(text) + "' is not a number "
                            + "(write 1234.5: no thousands separators or units)"));
            return null;
        }
    }

    private static Boolean flag(Map<String, String> cells, String column, int row, List<FieldError> errors) {
        String value = blankToNull(cells.get(column));
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(
                        "row " + row + "." + column, "'" + abbreviate(value) + "' is not true or false"));
                yield null;
            }
        };
    }

    private static Map<String, String> lowerCased(Map<String, String> cells) {
        Map<String, String> result = new LinkedHashMap<>();
        cells.forEach((name, value) -> result.put(name.strip().toLowerCase(Locale.ROOT), value));
        return result;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
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
