package org.imroc.tracker.measure.spc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * A chart read aloud, in the Making Data Count manner: one or two plain-English sentences that say what the chart
 * shows (which rule, since when) and what it means for the target, for a board paper, an SVG's {@code <desc>} or an
 * icon table. The words come from a fixed set of templates: for an XmR chart one first sentence per special case
 * ({@link XmrInterpretation.Reading}) and per rule that fired on the last point ({@link XmrInterpretation.Evidence}),
 * and one second sentence per (variation, assurance) pair ({@link XmrInterpretation.Assurance}); for a run chart one
 * per signal ({@link RunChartInterpretation.Reading}). Deterministic and independent of the default locale: numbers
 * are written in {@link Locale#UK} style whatever the JVM's.
 */
public final class Interpretation {

    private Interpretation() {}

    /** Reads an XmR chart: what its last point shows, since when, and what its last limits mean for the target. */
    public static String of(XmrResult result, Context context) {
        return XmrInterpretation.of(
                Objects.requireNonNull(result, "result"), Objects.requireNonNull(context, "context"));
    }

    /** Reads a run chart: its latest shift or trend, or its runs, against the median. */
    public static String of(RunChartResult result, Context context) {
        return RunChartInterpretation.of(
                Objects.requireNonNull(result, "result"), Objects.requireNonNull(context, "context"));
    }

    /**
     * What the caller knows of the measure that the result does not: how to name it, how to write its numbers and
     * periods, and what changed.
     *
     * @param measure   the measure's name as a sentence may start with it, e.g. "Restraint per 1,000 bed days"
     * @param direction the improvement direction the result was computed with
     * @param target    the target the result was computed with, or null for none
     * @param periods   the plural word for the measure's periods ("weeks", "months", "quarters"); the singular is
     *                  the word without its final "s"
     * @param change    what the latest limits date from, written to follow "since", e.g. "the No Force First launch
     *                  in 2024-04" (the latest rebase's or annotation's label), or null; without it a chart with more
     *                  than one rebase group says "since the limits were recalculated in" its last group's first
     *                  period
     * @param decimals  the most decimal places a computed number (mean, limit, median, value) is written with.
     *                  Within that, a chart's numbers share the places that give its largest number (the largest
     *                  of mean and limits in magnitude; of the values on a run chart) three significant figures,
     *                  rounded half up: with 6.7857 the largest, 6.79; with 12.345, 12.3 (and 6.8); with 1234.5,
     *                  1,235. Trailing zeros are dropped (6.80 → 6.8). The target is written as given.
     * @param suffix    written straight after every number, e.g. "%" (6.8%), or "" for none
     */
    /**
     * What a chart's latest limits date from, for {@link Context#withChange}: "No Force First launch in 2024-04",
     * the annotation of the point that started the last rebase group; null with one group or no annotation.
     */
    public static String latestChange(XmrResult result) {
        if (result.groups().size() < 2) {
            return null;
        }
        XmrGroup last = result.groups().get(result.groups().size() - 1);
        return result.points().stream()
                .filter(p -> p.period().equals(last.firstPeriod()))
                .map(XmrPoint::annotation)
                .filter(a -> a != null && !a.isBlank())
                .findFirst()
                .map(a -> changeIn(a.strip()) + " in " + last.firstPeriod())
                .orElse(null);
    }

    /** What a rebase point's annotation names as the change: the recorded rebase's reason when it has one. */
    private static final String RECALCULATED = "Limits recalculated: ";

    private static String changeIn(String annotation) {
        for (String part : annotation.split("; ")) {
            if (part.startsWith(RECALCULATED) && part.length() > RECALCULATED.length()) {
                return part.substring(RECALCULATED.length()).strip();
            }
        }
        return annotation;
    }

    /** The plural period word of a measure's frequency (WEEKLY, MONTHLY, QUARTERLY, in any case): "months". */
    public static String periodsOf(String frequency) {
        return switch (frequency.toUpperCase(Locale.ROOT)) {
            case "WEEKLY" -> "weeks";
            case "QUARTERLY" -> "quarters";
            default -> "months";
        };
    }

    public record Context(
            String measure,
            ImprovementDirection direction,
            BigDecimal target,
            String periods,
            String change,
            int decimals,
            String suffix) {

        public static final int DEFAULT_DECIMALS = 2;
        public static final int MAX_DECIMALS = 6;
        private static final int SIGNIFICANT_FIGURES = 3;

        public Context {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(periods, "periods");
            if (measure.isBlank() || periods.isBlank()) {
                throw new IllegalArgumentException("measure and periods must not be blank");
            }
            if (decimals < 0 || decimals > MAX_DECIMALS) {
                throw new IllegalArgumentException(
                        "decimals must be between 0 and " + MAX_DECIMALS + ", was " + decimals);
            }
            change = change == null || change.isBlank() ? null : change.strip();
            suffix = suffix == null ? "" : suffix;
        }

        /** A context with no change label, at most two decimals and no suffix. */
        public static Context of(String measure, ImprovementDirection direction, BigDecimal target, String periods) {
            return new Context(measure, direction, target, periods, null, DEFAULT_DECIMALS, "");
        }

        /**
         * The context of a measure as stored: its period word from the frequency's name (WEEKLY, MONTHLY,
         * QUARTERLY) and "%" after the figures when its unit is "%".
         */
        public static Context ofMeasure(
                String name, ImprovementDirection direction, BigDecimal target, String frequency, String unit) {
            Context context = of(name, direction, target, periodsOf(frequency));
            return "%".equals(unit) ? context.withSuffix("%") : context;
        }

        /** This context with the label of what the latest limits date from (null for none). */
        public Context withChange(String label) {
            return new Context(measure, direction, target, periods, label, decimals, suffix);
        }

        /** This context writing computed numbers with at most {@code places} decimals. */
        public Context withDecimals(int places) {
            return new Context(measure, direction, target, periods, change, places, suffix);
        }

        /** This context writing {@code text} after every number (e.g. "%"). */
        public Context withSuffix(String text) {
            return new Context(measure, direction, target, periods, change, decimals, text);
        }

        /** The singular period word: "month" for "months". */
        String period() {
            return periods.endsWith("s") ? periods.substring(0, periods.length() - 1) : periods;
        }

        /** "1 month", "9 months". */
        String count(int count) {
            return count + " " + (count == 1 ? period() : periods);
        }

        /**
         * The decimal places for the computed numbers of one chart, from the largest of them in magnitude: three
         * significant figures of it, at most {@link #decimals()}, so every number of a sentence has the same places.
         */
        int places(double largest) {
            BigDecimal magnitude = BigDecimal.valueOf(largest).abs().stripTrailingZeros();
            if (magnitude.signum() == 0) {
                return 0;
            }
            int exponent = magnitude.precision() - magnitude.scale() - 1;
            return Math.max(0, Math.min(decimals, SIGNIFICANT_FIGURES - 1 - exponent));
        }

        /** How to write the computed numbers of a chart whose largest number is {@code largest}. */
        Numbers numbers(double largest) {
            return new Numbers(this, places(largest));
        }

        /** The target exactly as given (trailing zeros dropped), with thousands separators and the suffix. */
        String exact(BigDecimal value) {
            BigDecimal plain = value.stripTrailingZeros();
            return write(plain, Math.max(0, plain.scale()));
        }

        String write(BigDecimal value, int places) {
            DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
            format.setMaximumFractionDigits(places);
            format.setRoundingMode(RoundingMode.HALF_UP);
            BigDecimal shown = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            return format.format(shown) + suffix;
        }
    }

    /** Writes a chart's computed numbers: rounded half up to {@code places}, thousands separators, the suffix. */
    record Numbers(Context context, int places) {

        String of(double value) {
            return of(BigDecimal.valueOf(value));
        }

        String of(BigDecimal value) {
            return context.write(value.setScale(places, RoundingMode.HALF_UP), places);
        }
    }

    /**
     * Fills the template's {@code {name}} placeholders in one pass, so a value that itself contains braces (a measure
     * named "{draft}") is written as it is: {@code fill("{a} and {b}", "a", "x", "b", "y")} is "x and y". A
     * placeholder without a value is a programming error.
     */
    static String fill(String template, String... namesAndValues) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                text.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            text.append(template, at, open).append(valueOf(name, namesAndValues));
            at = close + 1;
        }
        return text.toString();
    }

    private static String valueOf(String name, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(name)) {
                return namesAndValues[i + 1];
            }
        }
        throw new IllegalStateException("no value for {" + name + "}");
    }
}
