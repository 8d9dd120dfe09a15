package org.imroc.tracker.measure.groups;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.Period;
import org.imroc.tracker.measure.analysis.Slice;
import org.imroc.tracker.measure.breakdown.Breakdown;

/**
 * The query of {@code GET /measures/{id}/disparities}, checked against the measure by {@link #check}: every
 * parameter that is wrong is named in a 400, a measure that is not a rate is a 422.
 */
public class DisparityQuery {

    /** How many periods the window holds when {@code from} is not given. */
    static final int DEFAULT_PERIODS = 12;

    @QueryParam("breakdown")
    @Parameter(
            required = true,
            description = "The breakdown whose groups are compared, e.g. ETHNIC_GROUP; the measure must offer it "
                    + "(ETHNIC_GROUP is derived when ETHNIC_CATEGORY is recorded)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 50))
    public String breakdown;

    @QueryParam("reference")
    @Parameter(
            required = true,
            description = "The code of the group every other is compared with, e.g. WHITE; a recorded code (not "
                    + "\"not stated\" or \"not known\")",
            schema = @Schema(type = SchemaType.STRING, maxLength = 50))
    public String reference;

    @QueryParam("from")
    @Parameter(
            description = "The window's first period, in the measure's frequency (2024-04); default: the first of "
                    + "the last 12 periods held (up to to)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 8))
    public String from;

    @QueryParam("to")
    @Parameter(
            description = "The window's last period; default: the last period held",
            schema = @Schema(type = SchemaType.STRING, maxLength = 8))
    public String to;

    @QueryParam("unitId")
    @Parameter(description = "For a measure recorded by unit: this unit's figures instead of the Trust's")
    public UUID unitId;

    @QueryParam("by")
    @Parameter(
            description = "period: each period's ratios as well as the window's (JSON and CSV)",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"period"}))
    public String by;

    /** The query checked against the measure: the breakdown, reference and window bounds (null = default). */
    record Checked(Breakdown breakdown, String reference, Period from, Period to, boolean byPeriod) {}

    /** A query, for callers other than the resource. */
    static DisparityQuery of(String breakdown, String reference) {
        DisparityQuery query = new DisparityQuery();
        query.breakdown = breakdown;
        query.reference = reference;
        return query;
    }

    UUID unitId() {
        return unitId;
    }

    Checked check(Measure measure) {
        if (breakdown == null || breakdown.isBlank()) {
            throw ApiException.badParameter("breakdown", "is required (e.g. breakdown=ETHNIC_GROUP)");
        }
        Breakdown chosen = Slice.offered(measure, breakdown);
        if (reference == null || reference.isBlank()) {
            throw ApiException.badParameter("reference", "is required: a code of " + chosen + " (e.g. WHITE)");
        }
        if (!chosen.isKnown(reference) || chosen.notRecordedCodes().contains(reference)) {
            throw ApiException.badParameter(
                    "reference",
                    (chosen.isKnown(reference)
                                    ? "says the characteristic was not recorded: no group to compare with"
                                    : "is not a code of " + chosen)
                            + "; one of "
                            + chosen.codes().stream()
                                    .filter(c -> !chosen.notRecordedCodes().contains(c))
                                    .toList());
        }
        if (by != null && !by.equals("period")) {
            throw ApiException.badParameter("by", "is either absent (the window) or period");
        }
        Period first = period(measure, "from", from);
        Period last = period(measure, "to", to);
        if (first != null && last != null && first.compareTo(last) > 0) {
            throw ApiException.badParameter("from", "is after to (" + to + ")");
        }
        if (!measure.isRatio()) {
            throw ApiException.invalid(
                    "measureId", "disparities compare rates: the measure needs a numerator and denominator");
        }
        return new Checked(chosen, reference, first, last, by != null);
    }

    private static Period period(Measure measure, String name, String text) {
        if (text == null) {
            return null;
        }
        return measure.getFrequency()
                .parse(text)
                .orElseThrow(() -> ApiException.badParameter(
                        name,
                        "is not a period of the measure ("
                                + measure.getFrequency().format() + ")"));
    }
}
