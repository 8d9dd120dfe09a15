package org.imroc.tracker.measure.analysis;

import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.breakdown.Breakdown;

/**
 * Which series of a measure an analysis reads: the Trust's or one unit's ({@code unitId}), whole or one group of a
 * breakdown ({@code breakdown} and {@code code}: the restraint rate of Black patients).
 */
public record Slice(UUID unitId, Breakdown breakdown, String code) {

    /** The Trust's (or a unit's) whole series. */
    public static Slice of(UUID unitId) {
        return new Slice(unitId, null, null);
    }

    /**
     * The slice a request asks for, checked against the measure: a breakdown needs a code of it and a code needs a
     * breakdown (400 naming the parameter), and the measure must be broken down by it (400).
     */
    public static Slice of(Measure measure, UUID unitId, String breakdown, String code) {
        if (breakdown == null && code == null) {
            return of(unitId);
        }
        if (breakdown == null) {
            throw ApiException.badParameter("breakdown", "is required with code (e.g. breakdown=ETHNIC_GROUP)");
        }
        Breakdown chosen = offered(measure, breakdown);
        if (code == null || !chosen.isKnown(code)) {
            throw ApiException.badParameter(
                    "code",
                    (code == null ? "is required with breakdown" : "is not a code of " + chosen) + ": one of "
                            + chosen.codes());
        }
        return new Slice(unitId, chosen, code);
    }

    /**
     * The breakdown a request names in its {@code breakdown} parameter, which the measure must offer: 400 naming the
     * parameter when it is not a breakdown or not one of the measure's.
     */
    public static Breakdown offered(Measure measure, String breakdown) {
        Breakdown chosen = parse(breakdown);
        if (!measure.offers(chosen)) {
            throw ApiException.badParameter(
                    "breakdown",
                    "the measure is not broken down by " + chosen + " (its breakdowns: " + measure.getBreakdowns()
                            + ")");
        }
        return chosen;
    }

    /** A breakdown named in a request (400 naming the parameter when it is not one). */
    public static Breakdown parse(String breakdown) {
        return Breakdown.named(breakdown)
                .orElseThrow(() -> ApiException.badParameter(
                        "breakdown", "is not a breakdown: one of " + java.util.Arrays.toString(Breakdown.values())));
    }

    /** Whether this is one group's series rather than the whole. */
    public boolean isGroup() {
        return breakdown != null;
    }

    /** The group's label ("Black"), or null for the whole series. */
    public String groupLabel() {
        return breakdown == null ? null : breakdown.label(code);
    }
}
