package org.imroc.tracker.measure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.json.Decimals;

/** The editable form of an observation, which a correction (merge patch) is applied to; the period cannot move. */
public record ObservationUpdate(
        @Digits(integer = 15, fraction = 6) @Schema(description = "Not for a rate")
        BigDecimal value,

        @DecimalMin("0") @Digits(integer = 15, fraction = 6) BigDecimal numerator,
        @DecimalMin("0") @Digits(integer = 15, fraction = 6) BigDecimal denominator,
        @Size(max = 500) String annotation,
        Boolean rebase,

        @Schema(
                maxProperties = 4,
                description = "The parts by breakdown, as recorded; a merge patch replaces one breakdown's parts "
                        + "(or removes them with null) and leaves the others")
        Map<@Size(max = 20) String, @Size(max = 20) List<ObservationItem.@Valid @NotNull PartItem>> parts,

        @Schema(
                description = "Leave the figure out of the chart's centre line and limits (true, with "
                        + "exclusionReason), or count it again (false, which clears the reason)")
        Boolean excluded,

        @Size(max = 500) @Schema(description = "Why the figure is excluded; only with excluded true")
        String exclusionReason) {

    /** The observation's figures, with the parts of the breakdowns the measure declares (others are dropped). */
    static ObservationUpdate from(Observation o, Measure measure) {
        boolean ratio = measure.isRatio();
        Map<String, List<ObservationItem.PartItem>> parts = new LinkedHashMap<>();
        o.getParts().asMap().entrySet().stream()
                .filter(e -> measure.getBreakdowns().contains(e.getKey()))
                .forEach(e -> parts.put(
                        e.getKey().name(),
                        e.getValue().stream()
                                .map(p -> ratio
                                        ? new ObservationItem.PartItem(
                                                p.code(),
                                                null,
                                                Decimals.plain(p.numerator()),
                                                Decimals.plain(p.denominator()))
                                        : new ObservationItem.PartItem(
                                                p.code(), Decimals.plain(p.numerator()), null, null))
                                .toList()));
        return new ObservationUpdate(
                ratio ? null : Decimals.plain(o.getValue()),
                Decimals.plain(o.getNumerator()),
                Decimals.plain(o.getDenominator()),
                o.getAnnotation(),
                o.isRebase(),
                parts,
                o.isExcluded(),
                o.getExclusionReason());
    }
}
