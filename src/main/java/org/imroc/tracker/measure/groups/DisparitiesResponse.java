package org.imroc.tracker.measure.groups;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.measure.breakdown.Breakdown;

/**
 * Whether a measure's rate differs between groups (PCREF: restraints of Black patients per bed day against White
 * patients'): each group's events, denominator, rate and rate ratio against the reference with its 95 % interval,
 * over a window and optionally per period. It names the periods used and those left out for having no parts, so a
 * window with gaps never reads as whole.
 */
public record DisparitiesResponse(
        @Schema(required = true) UUID measureId,
        @Schema(maxLength = 200) String measureName,
        @Schema(maxLength = 50) String unit,

        @Schema(description = "The measure's multiplier: rates are events ÷ denominator × this")
        BigDecimal multiplier,

        Breakdown breakdown,
        @Schema(maxLength = 20) String reference,
        @Schema(maxLength = 100) String referenceLabel,

        @Schema(description = "The window's first period (null when the measure holds no figures)", maxLength = 8)
        String from,

        @Schema(description = "The window's last period", maxLength = 8)
        String to,

        @Schema(description = "The unit whose figures these are; null for the Trust's")
        UUID unitId,

        @Schema(description = "The periods of the window whose figures are summed, in order", maxItems = 2000)
        List<@Size(max = 8) String> periods,

        @Schema(
                description = "Periods of the window whose figure has no parts for this breakdown: left out of "
                        + "every sum (not read as zero)",
                maxItems = 2000)
        List<@Size(max = 8) String> periodsWithoutParts,

        @Schema(description = "Periods of the window with no figure at all (the first 2000)", maxItems = 2000)
        List<@Size(max = 8) String> periodsNotRecorded,

        @Schema(description = "What the window holds, in words", maxLength = 100000)
        String note,

        @Schema(
                description = "True when the caller sees published figures only (a PUBLIC key): small counts "
                        + "and their complements are null with suppressed true",
                required = true)
        boolean disclosureApplied,

        @Schema(description = "The window's events and denominator, all groups together")
        Total total,

        @Schema(description = "Each group over the window, in the breakdown's code order", maxItems = 20)
        List<Group> groups,

        @Schema(description = "With by=period: each period's groups, in period order; otherwise null", maxItems = 2000)
        List<PeriodGroupsItem> byPeriod) {

    /** Events and denominator of all groups together (null and suppressed when hidden). */
    @Schema(name = "DisparityTotal")
    public record Total(
            BigDecimal events,
            BigDecimal denominator,
            @Schema(required = true) boolean suppressed) {}

    /**
     * One group's figures. {@code rateRatio}, {@code lower} and {@code upper} are null with a {@code reason} when
     * there is no ratio, or null with {@code suppressed} when a count behind them is small.
     */
    @Schema(name = "DisparityGroup")
    public record Group(
            @Schema(maxLength = 20) String code,
            @Schema(maxLength = 100) String label,
            BigDecimal events,
            BigDecimal denominator,

            @Schema(description = "events ÷ denominator × multiplier, to 6 decimal places")
            BigDecimal rate,

            @Schema(description = "The rate ÷ the reference group's rate")
            Double rateRatio,

            @Schema(description = "95 % interval, lower end (Poisson, log method)")
            Double lower,

            @Schema(description = "95 % interval, upper end")
            Double upper,

            @Schema(
                    description =
                            "WHOLLY_ABOVE_ONE (a disparity worth acting on), WHOLLY_BELOW_ONE or " + "INCLUDES_ONE",
                    enumeration = {"WHOLLY_ABOVE_ONE", "WHOLLY_BELOW_ONE", "INCLUDES_ONE"})
            String side,

            @Schema(
                    description = "Why there is no ratio",
                    enumeration = {
                        "REFERENCE",
                        "NO_DENOMINATOR",
                        "NO_EVENTS",
                        "REFERENCE_MISSING",
                        "REFERENCE_HAS_NO_DENOMINATOR",
                        "REFERENCE_HAS_NO_EVENTS"
                    })
            String reason,

            @Schema(
                    description = "True when a figure of this row is hidden because a count behind it is small",
                    required = true)
            boolean suppressed) {}

    /** One period's groups. */
    @Schema(name = "DisparityPeriod")
    public record PeriodGroupsItem(
            @Schema(maxLength = 8) String period,
            Total total,
            @Schema(maxItems = 20) List<Group> groups) {}
}
