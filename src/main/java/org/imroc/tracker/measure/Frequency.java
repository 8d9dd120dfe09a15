package org.imroc.tracker.measure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a measure is reported, and how its periods are written: WEEKLY as ISO weeks ({@code 2024-W09}), MONTHLY
 * as {@code 2024-03}, QUARTERLY as {@code 2024-Q1}.
 */
public enum Frequency {
    WEEKLY("^(\\d{4})-W(\\d{2})$", "YYYY-Www (an ISO week)"),
    MONTHLY("^(\\d{4})-(\\d{2})$", "YYYY-MM"),
    QUARTERLY("^(\\d{4})-Q(\\d)$", "YYYY-Qn");

    private final Pattern pattern;
    private final String format;

    Frequency(String pattern, String format) {
        this.pattern = Pattern.compile(pattern);
        this.format = format;
    }

    /** How a period of this frequency is written, for messages. */
    public String format() {
        return format;
    }

    /** How many periods {@code years} years hold (a year has 52.1775 ISO weeks on average, rounded up). */
    public int periodsIn(int years) {
        return switch (this) {
            case WEEKLY -> (int) Math.ceil(years * 52.1775);
            case MONTHLY -> years * 12;
            case QUARTERLY -> years * 4;
        };
    }

    /** The period the text names, or empty when it is not a valid period of this frequency. */
    public Optional<Period> parse(String text) {
        Matcher matcher = text == null ? null : pattern.matcher(text);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int part = Integer.parseInt(matcher.group(2));
        if (year < 1900 || year > 2200) {
            return Optional.empty();
        }
        LocalDate start = switch (this) {
            case WEEKLY ->
                part < 1
                                || part
                                        > LocalDate.of(year, 6, 1)
                                                .range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                                                .getMaximum()
                        ? null
                        : LocalDate.of(year, 1, 4)
                                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, part)
                                .with(DayOfWeek.MONDAY);
            case MONTHLY -> part < 1 || part > 12 ? null : LocalDate.of(year, part, 1);
            case QUARTERLY -> part < 1 || part > 4 ? null : LocalDate.of(year, (part - 1) * 3 + 1, 1);
        };
        return Optional.ofNullable(start).map(day -> new Period(text, day, this));
    }

    /** The period a day falls in. */
    public Period periodOf(LocalDate day) {
        return switch (this) {
            case WEEKLY -> periodStarting(day.with(DayOfWeek.MONDAY));
            case MONTHLY -> periodStarting(day.withDayOfMonth(1));
            case QUARTERLY -> periodStarting(LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1));
        };
    }

    Period periodStarting(LocalDate start) {
        String label = switch (this) {
            case WEEKLY ->
                String.format(
                        "%04d-W%02d",
                        start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case QUARTERLY -> String.format("%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
        };
        return new Period(label, start, this);
    }

    LocalDate advance(LocalDate start) {
        return switch (this) {
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
            case QUARTERLY -> start.plusMonths(3);
        };
    }
}
