package org.imroc.tracker.measure.analysis;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.measure.Frequency;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.MeasureSeries;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.spc.AssuranceIcon;
import org.imroc.tracker.measure.spc.AssuranceType;
import org.imroc.tracker.measure.spc.AttributeResult;
import org.imroc.tracker.measure.spc.ImprovementDirection;
import org.imroc.tracker.measure.spc.Interpretation;
import org.imroc.tracker.measure.spc.PointType;
import org.imroc.tracker.measure.spc.SpcChart;
import org.imroc.tracker.measure.spc.VariationIcon;
import org.imroc.tracker.measure.spc.XmrGroup;
import org.imroc.tracker.measure.spc.XmrResult;

/**
 * A measure's SPC chart: the XmR chart exactly as NHSRplotthedots computes it, or for a rate the attribute chart it
 * chose (U, P, U′, P′, with limits as qicharts2 computes them; see docs/measures.md). The top-level figures are those
 * of the last rebase group, which the icons use (an attribute chart's limits are those of its last point); {@code n}
 * counts every point.
 */
public record SpcResponse(
        UUID measureId,
        UUID trustId,

        @Schema(description = "The unit whose series this is (?unitId=); null for the Trust's series")
        UUID unitId,

        @Schema(description = "The breakdown of the group whose series this is (?breakdown=); null for everyone")
        Breakdown breakdown,

        @Schema(description = "The group's code (?code=), e.g. BLACK; null for everyone", maxLength = 20)
        String code,

        @Schema(maxLength = 200) String name,

        @Schema(
                description = "One or two plain-English sentences in the Making Data Count manner: what the chart "
                        + "shows, since when, and what it means for the target",
                maxLength = 2000,
                examples = "Restraint per 1,000 bed days shows special cause improvement: the last 9 months, from "
                        + "2024-11, are all below the mean of 6.91 since the No Force First launch in 2024-04. The "
                        + "target of 5 is inside the limits, so it will be met in some months and missed in others "
                        + "unless the process changes.")
        String interpretation,

        @Schema(maxLength = 50) String unit,
        ImprovementDirection improvementDirection,

        @Schema(description = "The target assurance is judged against; null for none")
        BigDecimal target,

        Frequency frequency,

        @Schema(
                description = "The chart used: XMR, or for a rate the attribute chart its settings chose (U, P, "
                        + "U_PRIME, P_PRIME), whose limits differ per point (points[].upl and lpl)",
                required = true)
        SpcChart chart,

        @Schema(
                description = "Periods between the first and last observation with no value, in order (at most 1000)",
                maxItems = MeasureSeries.MAX_MISSING)
        List<@Size(max = 8) String> missingPeriods,

        @Schema(
                description = "For a measure recorded by unit, the Trust's periods in which some units did not report "
                        + "(drawn hollow; left out of the limits unless spc.includeIncomplete), in order",
                maxItems = 100000)
        List<IncompletePeriodItem> incompletePeriods,

        @Schema(minimum = "0", maximum = "100000", description = "Points in the whole series", required = true)
        int n,

        @Schema(
                description = "Centre line of the last group (exact mean, or of its baseline when limits are fixed; "
                        + "ū or p̄ on an attribute chart)")
        Double mean,

        @Schema(description = "Mean moving range after screening (XmR only)")
        Double mrBar,

        Double mrBarUnscreened,

        @Schema(description = "Upper process limit: mean + 2.66 × mrBar (an attribute chart's: its last point's)")
        Double upl,

        @Schema(description = "Lower process limit: mean − 2.66 × mrBar (an attribute chart's: its last point's)")
        Double lpl,

        @Schema(description = "mean + 2/3 × 2.66 × mrBar (the two-of-three rule's line)")
        Double nearUpl,

        Double nearLpl,

        @Schema(description = "The last group has fewer than 13 points: its limits are provisional")
        Boolean limitsAreTrial,

        @Schema(description = "The type of the last point") PointType variationType,
        VariationIcon variationIcon,

        @Schema(description = "Null without a target or with a NEUTRAL direction")
        AssuranceType assuranceType,

        @Schema(description = "Null without a target or with a NEUTRAL direction")
        AssuranceIcon assuranceIcon,

        @Schema(maxItems = 100000) List<XmrGroupItem> groups,
        @Schema(maxItems = 100000) List<XmrPointItem> points,
        @Schema(maxItems = 100000) List<XmrGroupSummaryItem> summary,

        @Schema(description = "The rules and constants the result was computed with")
        XmrRuleSetFields ruleSet,

        @Schema(
                description = "Rebases the chart suggests: a sustained shift (SHIFT) of the current limits that starts "
                        + "at or after the Do phase of a PDSA cycle of the goal reviewed with ADOPT, unless a rebase "
                        + "at or after that period exists; in period order. Accept one with POST …/rebases",
                maxItems = SuggestedRebaseItem.MAX)
        List<SuggestedRebaseItem> suggestedRebases) {

    static SpcResponse of(
            Measure measure,
            Slice slice,
            List<String> missingPeriods,
            List<IncompletePeriodItem> incomplete,
            MeasureSeries.Reading reading,
            List<SuggestedRebaseItem> suggestedRebases) {
        XmrResult r = reading.xmr();
        AttributeResult a = reading.attribute();
        String name = slice.isGroup() ? measure.getName() + " · " + slice.groupLabel() : measure.getName();
        return new SpcResponse(
                measure.getId(),
                measure.getTrustId(),
                slice.unitId(),
                slice.breakdown(),
                slice.code(),
                name,
                Interpretation.of(r, measure.interpretationContext(name).withChange(Interpretation.latestChange(r))),
                measure.getUnit(),
                measure.getImprovementDirection(),
                Decimals.plain(measure.getTarget()),
                measure.getFrequency(),
                reading.chart(),
                missingPeriods,
                incomplete,
                r.n(),
                r.mean(),
                r.mrBar(),
                r.mrBarUnscreened(),
                r.upl(),
                r.lpl(),
                r.nearUpl(),
                r.nearLpl(),
                r.limitsAreTrial(),
                r.variationType(),
                r.variationIcon(),
                r.assuranceType(),
                r.assuranceIcon(),
                a == null
                        ? r.groups().stream().map(XmrGroupItem::of).toList()
                        : a.groups().stream().map(XmrGroupItem::of).toList(),
                a == null
                        ? xmrPoints(r)
                        : a.points().stream().map(XmrPointItem::of).toList(),
                r.summary().stream().map(XmrGroupSummaryItem::of).toList(),
                XmrRuleSetFields.of(r.ruleSet()),
                suggestedRebases);
    }

    /** An XmR chart's points, each with its group's limits. */
    private static List<XmrPointItem> xmrPoints(XmrResult r) {
        Map<Integer, XmrGroup> groups = new HashMap<>();
        r.groups().forEach(g -> groups.put(g.rebaseGroup(), g));
        return r.points().stream()
                .map(p -> XmrPointItem.of(p, groups.get(p.rebaseGroup())))
                .toList();
    }
}
