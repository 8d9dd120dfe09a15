package org.imroc.tracker.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.common.error.FieldError;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.breakdown.Part;
import org.imroc.tracker.measure.breakdown.Parts;
import org.imroc.tracker.measure.breakdown.PartsCheck;

/**
 * One period's figures checked against the measure they are for: a plain measure takes a value, a rate takes a
 * numerator and a denominator and derives its value; a measure with breakdowns may take the figure's parts, which
 * must add up to it. {@code value} is null when {@code errors} is not empty; {@code parts} is null when they were
 * left out.
 */
record ObservationFigures(
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String annotation,
        Boolean rebase,
        Boolean excluded,
        String exclusionReason,
        Parts parts,
        List<FieldError> errors) {

    /** Checks the figures; each problem names {@code field} + the field's name, and a parts problem the period. */
    static ObservationFigures check(
            Measure measure,
            String period,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String annotation,
            Boolean rebase,
            Boolean excluded,
            String exclusionReason,
            Map<String, List<ObservationItem.PartItem>> givenParts,
            String field) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal derived = value;
        MeasureRatio ratio = measure.getRatio();
        if (ratio != null) {
            if (value != null) {
                errors.add(new FieldError(
                        field + "value",
                        "this measure is a rate: give numerator and denominator; " + "the value is derived from them"));
            }
            if (numerator == null) {
                errors.add(
                        new FieldError(field + "numerator", "is required for a rate (" + ratio.numeratorLabel() + ")"));
            }
            if (denominator == null) {
                errors.add(new FieldError(
                        field + "denominator", "is required for a rate (" + ratio.denominatorLabel() + ")"));
            } else if (denominator.signum() == 0) {
                errors.add(new FieldError(field + "denominator", "is zero, so the rate has no value"));
            }
            derived = errors.isEmpty() ? ratio.valueOf(numerator, denominator) : null;
        } else {
            if (value == null) {
                errors.add(new FieldError(field + "value", "is required"));
            }
            if (numerator != null || denominator != null) {
                errors.add(new FieldError(
                        field + (numerator != null ? "numerator" : "denominator"),
                        "is only for a rate; this measure takes a value"));
            }
        }
        Parts parts = givenParts == null ? null : Parts.NONE;
        if (givenParts != null && !givenParts.isEmpty()) {
            boolean totalIsSound = errors.isEmpty();
            parts = parts(measure, givenParts, field + "parts", errors);
            if (totalIsSound) {
                BigDecimal total = ratio != null ? numerator : value;
                checkSums(parts, total, ratio != null ? denominator : null, period, field + "parts", errors);
            }
        }
        String note = annotation == null || annotation.isBlank() ? null : annotation.strip();
        String reason = exclusionReason == null || exclusionReason.isBlank() ? null : exclusionReason.strip();
        if (Boolean.TRUE.equals(excluded) && reason == null) {
            errors.add(new FieldError(
                    field + "exclusionReason",
                    "is required to exclude a figure: say why it is left out of the limits (a data-quality problem, "
                            + "a known one-off)"));
        } else if (!Boolean.TRUE.equals(excluded) && reason != null) {
            errors.add(new FieldError(field + "exclusionReason", "is only for an excluded figure (excluded true)"));
        }
        if (ratio != null
                && measure.getSettings().chart().isProportion()
                && numerator != null
                && denominator != null
                && numerator.compareTo(denominator) > 0) {
            errors.add(new FieldError(
                    field + "numerator",
                    "exceeds the denominator, but this measure is drawn as a "
                            + measure.getSettings().chart()
                            + " chart of a proportion: each case is one of the denominator's"));
        }
        return new ObservationFigures(
                errors.isEmpty() ? derived : null,
                numerator,
                denominator,
                note,
                rebase,
                excluded,
                reason,
                parts,
                List.copyOf(errors));
    }

    /** The parts given, read against the measure's breakdowns and form (a rate's parts are rates too). */
    private static Parts parts(
            Measure measure, Map<String, List<ObservationItem.PartItem>> given, String field, List<FieldError> errors) {
        Map<Breakdown, List<Part>> parts = new EnumMap<>(Breakdown.class);
        boolean rate = measure.isRatio();
        if (given.size() > Breakdown.values().length) {
            // (not @Size on the field: the JSON reader would bound each breakdown's list by it too)
            errors.add(new FieldError(field, "names at most " + Breakdown.values().length + " breakdowns"));
            return Parts.NONE;
        }
        given.forEach((name, items) -> {
            Breakdown breakdown = Breakdown.named(name).orElse(null);
            String here = field + "." + name;
            if (breakdown == null) {
                errors.add(new FieldError(
                        here, "is not a breakdown; the breakdowns are " + Arrays.toString(Breakdown.values())));
                return;
            }
            if (!measure.getBreakdowns().contains(breakdown)) {
                errors.add(new FieldError(
                        here,
                        "is not one of the measure's breakdowns " + measure.getBreakdowns()
                                + "; declare it on the measure first (PATCH breakdowns)"));
                return;
            }
            if (items == null) {
                return; // a merge patch took this breakdown's parts away
            }
            List<Part> list = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                ObservationItem.PartItem item = items.get(i);
                String at = here + "[" + i + "].";
                if (rate && item.value() != null) {
                    errors.add(new FieldError(at + "value", "a rate's part gives numerator and denominator"));
                } else if (!rate && (item.numerator() != null || item.denominator() != null)) {
                    errors.add(new FieldError(
                            at + (item.numerator() != null ? "numerator" : "denominator"),
                            "is only for a rate; this measure's parts take a value"));
                }
                BigDecimal count = rate ? item.numerator() : item.value();
                if (count == null) {
                    errors.add(new FieldError(at + (rate ? "numerator" : "value"), "is required"));
                } else if (rate && item.denominator() == null) {
                    errors.add(new FieldError(at + "denominator", "is required for a rate's part"));
                } else if (item.code() != null) {
                    list.add(new Part(item.code(), count, rate ? item.denominator() : null));
                }
            }
            parts.put(breakdown, list);
        });
        return Parts.of(parts);
    }

    /** Each breakdown's parts add up to the total; recorded ethnic groups agree with the categories they group. */
    private static void checkSums(
            Parts parts,
            BigDecimal total,
            BigDecimal denominator,
            String period,
            String field,
            List<FieldError> errors) {
        parts.asMap()
                .forEach((breakdown, list) -> PartsCheck.problems(breakdown, total, denominator, list)
                        .forEach(problem -> errors.add(new FieldError(
                                field + "." + breakdown.name(),
                                (period == null ? "" : "period " + period + ": ") + problem.message()))));
        List<Part> groups = parts.recorded(Breakdown.ETHNIC_GROUP);
        List<Part> categories = parts.recorded(Breakdown.ETHNIC_CATEGORY);
        if (!groups.isEmpty() && !categories.isEmpty() && errors.isEmpty()) {
            Parts fromCategories = Parts.of(Map.of(Breakdown.ETHNIC_CATEGORY, categories));
            Parts recordedGroups = Parts.of(Map.of(Breakdown.ETHNIC_GROUP, groups));
            Parts derivedGroups =
                    Parts.of(Map.of(Breakdown.ETHNIC_GROUP, fromCategories.effective(Breakdown.ETHNIC_GROUP)));
            if (!withoutZeros(recordedGroups).sameAs(withoutZeros(derivedGroups))) {
                errors.add(new FieldError(
                        field + ".ETHNIC_GROUP",
                        (period == null ? "" : "period " + period + ": ")
                                + "the ethnic groups differ from the sums of their ethnic categories ("
                                + describe(derivedGroups.recorded(Breakdown.ETHNIC_GROUP))
                                + "); give one or make them agree"));
            }
        }
    }

    private static Parts withoutZeros(Parts parts) {
        Map<Breakdown, List<Part>> kept = new EnumMap<>(Breakdown.class);
        parts.asMap()
                .forEach((b, list) -> kept.put(
                        b,
                        list.stream()
                                .filter(p -> p.numerator().signum() != 0
                                        || (p.denominator() != null
                                                && p.denominator().signum() != 0))
                                .toList()));
        return Parts.of(kept);
    }

    private static String describe(List<Part> parts) {
        List<String> shown = new ArrayList<>();
        for (Part p : parts) {
            shown.add(p.code() + " " + Decimals.plain(p.numerator()).toPlainString()
                    + (p.denominator() == null
                            ? ""
                            : "/" + Decimals.plain(p.denominator()).toPlainString()));
        }
        return String.join(", ", shown);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** Whether the observation already holds these figures (a safe retry). */
    boolean heldBy(Observation observation) {
        return observation.holds(value, numerator, denominator, annotation, rebase, parts)
                && (excluded == null || excluded == observation.isExcluded())
                && (exclusionReason == null || exclusionReason.equals(observation.getExclusionReason()));
    }

    /** Records the figures; parts left out keep what it held (none for a new observation). */
    void recordOn(Observation observation) {
        observation.record(
                value,
                numerator,
                denominator,
                annotation,
                rebase != null && rebase,
                parts == null ? observation.getParts() : parts);
        observation.exclude(Boolean.TRUE.equals(excluded), exclusionReason);
    }
}
