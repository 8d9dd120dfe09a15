package org.imroc.tracker.unit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.imroc.tracker.common.csv.CsvUpload;
import org.imroc.tracker.common.error.FieldError;

/**
 * A Trust's units uploaded as a spreadsheet: {@code name,kind,parent,odsSiteCode,beds[,openedOn]}, a row per unit,
 * the parent named by its name (a unit of the Trust or another row of the file) or its id.
 */
final class UnitCsv {

    static final int MAX_ROWS = 500;
    static final List<String> COLUMNS = List.of("name", "kind", "parent", "odssitecode", "beds", "openedon");
    static final String EXAMPLE =
            "name,kind,parent,odsSiteCode,beds\r\nNorth Site,SITE,,RX4E2,\r\n" + "Cedar Ward,WARD,North Site,,18\r\n";

    /** One row read: the unit it asks for, and its parent as written (null for a top-level unit). */
    record Draft(int row, UnitRequest request, String parent) {

        String field(String column) {
            return "row " + row + "." + column;
        }
    }

    private UnitCsv() {}

    /** Every row as a draft; the problems of cells that are not a kind, a number or a date go into {@code errors}. */
    static List<Draft> read(String text, List<FieldError> errors) {
        return CsvUpload.read(text, COLUMNS, Set.of("name", "kind"), MAX_ROWS).stream()
                .map(row -> new Draft(
                        row.number(),
                        new UnitRequest(
                                row.text("name"),
                                kind(row, errors),
                                null,
                                row.text("odssitecode"),
                                beds(row, errors),
                                date(row, errors)),
                        row.text("parent")))
                .toList();
    }

    private static UnitKind kind(CsvUpload.Row row, List<FieldError> errors) {
        String text = row.text("kind");
        if (text == null) {
            return null;
        }
        try {
            return UnitKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(
                    row.field("kind"),
                    "'" + CsvUpload.abbreviate(text) + "' is not one of "
                            + Arrays.stream(UnitKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static Integer beds(CsvUpload.Row row, List<FieldError> errors) {
        String text = row.text("beds");
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.length() > 9 ? "x" : text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(row.field("beds"), "'" + CsvUpload.abbreviate(text) + "' is not a whole number"));
            return null;
        }
    }

    private static LocalDate date(CsvUpload.Row row, List<FieldError> errors) {
        String text = row.text("openedon");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(
                    row.field("openedOn"), "'" + CsvUpload.abbreviate(text) + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
