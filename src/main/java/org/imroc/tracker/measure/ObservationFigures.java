package org.imroc.tracker.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.imroc.tracker.common.error.FieldError;

/**
 * One period's figures checked against the measure they are for: a plain measure takes a value, a rate takes a
 * numerator and a denominator and derives its value. {@code value} is null when {@code errors} is not empty.
 */
record ObservationFigures(
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String annotation,
        Boolean rebase,
        List<FieldError> errors) {

    /** Checks the figures; each problem names {@code field} + the field's name. */
    static ObservationFigures check(
            Measure measure,
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            String annotation,
            Boolean rebase,
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
        String note = annotation == null || annotation.isBlank() ? null : annotation.strip();
        return new ObservationFigures(
                errors.isEmpty() ? derived : null, numerator, denominator, note, rebase, List.copyOf(errors));
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** Whether the observation already holds these figures (a safe retry). */
    boolean heldBy(Observation observation) {
        return observation.holds(value, numerator, denominator, annotation, rebase);
    }

    void recordOn(Observation observation) {
        observation.record(value, numerator, denominator, annotation, rebase != null && rebase);
    }
}
