package org.imroc.tracker.learningset;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.SharedMeasures;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.VariationIcon;

/**
 * The members of a set side by side on one shared measure. Each row is labelled with the Trust's name for those who
 * run the set or have the Trust in scope, and otherwise with its pseudonym in the set ("Trust B"), with
 * {@code trustId} absent.
 */
public record ComparisonResponse(
        @Schema(maxLength = 50) String templateCode,
        @Schema(maxLength = 200) String templateName,

        @Schema(description = "The unit of the set's template, which the members share", maxLength = 50)
        String unit,

        @Schema(
                description = "The breakdown each member's latestParts are split by (?breakdown=, else the first the "
                        + "members' measures have); absent when they have none")
        Breakdown breakdown,

        @Schema(maxItems = LearningSet.MAX_MEMBERS) List<Item> items) {

    /**
     * A member's latest period split by the breakdown, beside its total. Raw for a Trust in the caller's scope (not
     * to a PUBLIC key); for every other member through small-number suppression: a count from 1 to min-count − 1,
     * and its complements, null with suppressed true, and the rate computed from it too.
     */
    @Schema(name = "ComparisonLatestParts")
    public record LatestParts(
            @Schema(maxLength = 8) String period,

            @Schema(description = "The total's numerator (a plain measure's value); null when suppressed")
            BigDecimal numerator,

            @Schema(description = "The total's denominator; null when suppressed or a plain measure")
            BigDecimal denominator,

            @Schema(
                    description = "true: a count of the total is hidden (and the item's latestValue with it)",
                    required = true)
            boolean suppressed,

            @Schema(maxItems = 18) List<Part> parts) {}

    /** One part of {@link LatestParts}. */
    @Schema(name = "ComparisonPart")
    public record Part(
            @Schema(maxLength = 20, examples = "BLACK") String code,
            @Schema(maxLength = 100, examples = "Black") String label,

            @Schema(description = "A rate's numerator, or a plain measure's value; null when suppressed")
            BigDecimal numerator,

            @Schema(description = "A rate's denominator; null when suppressed")
            BigDecimal denominator,

            @Schema(description = "numerator ÷ denominator × the multiplier; null when suppressed")
            BigDecimal rate,

            @Schema(description = "true: a count of this part is hidden by small-number suppression", required = true)
            boolean suppressed) {}

    /** One member's standing. */
    @Schema(name = "ComparisonItem")
    public record Item(
            @Schema(description = "The Trust's name, or its pseudonym", maxLength = 200)
            String label,

            @Schema(description = "Absent for a pseudonymised member")
            UUID trustId,

            @Schema(description = "This is the caller's own Trust (in its scope)", required = true)
            boolean yours,

            @Schema(minimum = "0", maximum = "100000") Integer points,
            @Schema(maxLength = 8) String latestPeriod,
            BigDecimal latestValue,

            @Schema(
                    description =
                            "The unit of this member's figures: its own measure's for a member the caller may "
                                    + "name; for a pseudonymised one the template's, or absent when that Trust has reworded its unit",
                    maxLength = 50)
            String unit,

            VariationIcon variationIcon,
            AssuranceIcon assuranceIcon,

            @Schema(description = "The first period on or after the Trust joined the set", maxLength = 8)
            String periodAtJoining,

            BigDecimal valueAtJoining,

            @Schema(description = "Latest value − value at joining")
            BigDecimal changeSinceJoining,

            @Schema(description = "Whether that change is an improvement, by the measure's direction")
            SharedMeasures.Trend trendSinceJoining,

            @Schema(description = "The month of the Trust's last submitted report", maxLength = 7)
            String lastReportPeriod,

            @Schema(description = "The team's own score in that report (IHI assessment scale)")
            BigDecimal selfScore,

            @Schema(description = "The facilitator's score in that report, once reviewed")
            BigDecimal facultyScore,

            @Schema(description = "The latest period split by the breakdown; absent when the member's measure has none")
            LatestParts latestParts) {}
}
