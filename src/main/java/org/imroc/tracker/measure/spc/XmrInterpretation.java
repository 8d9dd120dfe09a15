package org.imroc.tracker.measure.spc;

import static org.imroc.tracker.measure.spc.Interpretation.fill;

import java.util.ArrayList;
import java.util.List;

/**
 * An XmR chart read aloud (see {@link Interpretation}). The first sentence says what the last point shows, as Making
 * Data Count's variation icon does, with the rule that decided it (the first in {@link SpcRule} order), how many
 * periods that rule's run covers ending at the last point and where it starts; the second says what the last group's
 * limits mean for the target, one template per (variation, assurance) pair. An empty chart, a last group too short to
 * have limits and one without variation get one sentence of their own; trial limits are said in brackets. The line
 * a sentence names (mean or limit) is followed by "since" the context's change label, or, on a rebased chart without
 * one, since the period the limits were recalculated; a trend names no line, so it has no "since". Earlier special
 * causes that do not reach the last point are not read, as the variation icon does not show them.
 */
final class XmrInterpretation {

    private XmrInterpretation() {}

    /** The first sentence: a special case, or the variation the last point shows. */
    enum Reading {
        EMPTY("{measure} has no data yet."),
        TOO_FEW_POINTS("{measure} has only {count} of data{since}, too few to set process limits, so neither variation"
                + " nor assurance can be judged yet."),
        NO_VARIATION("{measure} has been {value} in each of the last {count}{since}: with no variation there are no"
                + " process limits, so neither variation nor assurance can be judged."),
        COMMON_CAUSE("{measure} shows common cause variation, no significant change: it varies around the mean of"
                + " {mean} between limits of {lpl} and {upl}{since}{trial}."),
        SPECIAL_CAUSE_IMPROVEMENT("{measure} shows special cause improvement: {evidence}{trial}."),
        SPECIAL_CAUSE_CONCERN("{measure} shows special cause concern: {evidence}{trial}."),
        SPECIAL_CAUSE_NEUTRAL(
                "{measure} shows special cause variation, neither improvement nor concern: {evidence}{trial}.");

        final String template;

        Reading(String template) {
            this.template = template;
        }
    }

    /** What the last point's deciding rule shows, ending at the last point. */
    enum Evidence {
        OUTSIDE_LIMITS_LAST_POINT("the latest {period} ({first}, {value}) is {side} the {limit} of {line}{since}"),
        OUTSIDE_LIMITS_RUN("the last {count}, from {first}, are all {side} the {limit} of {line}{since}"),
        TREND("the last {count}, from {first}, have {way} without a break"),
        TWO_OF_THREE("{close} of the last 3 {periods} are close to the {limit} of {line}{since}, {side} {near}"),
        SHIFT("the last {count}, from {first}, are all {side} the mean of {mean}{since}");

        final String template;

        Evidence(String template) {
            this.template = template;
        }
    }

    /** Said in brackets at the end of the first sentence when the last group's limits are trial limits. */
    static final String TRIAL = " (trial limits from only {count}; {needed} are needed)";

    /** The variation of the last point, for choosing the assurance sentence; NEUTRAL measures have their own. */
    enum Variation {
        COMMON_CAUSE,
        IMPROVEMENT,
        CONCERN
    }

    /**
     * The second sentence: what the last limits mean for the target, one per (variation, assurance) pair, where
     * assurance null means no target; and two for a NEUTRAL measure, which has no assurance.
     */
    enum Assurance {
        COMMON_CAUSE_PASS(
                Variation.COMMON_CAUSE,
                AssuranceType.CONSISTENT_PASS,
                "The target of {target} is {position}, so the process is consistently passing it: it will be met every"
                        + " {period} unless the process changes."),
        COMMON_CAUSE_FAIL(
                Variation.COMMON_CAUSE,
                AssuranceType.CONSISTENT_FAIL,
                "The target of {target} is {position}, so the process is consistently failing it: the target will not"
                        + " be met without a change to the process."),
        COMMON_CAUSE_HIT_AND_MISS(
                Variation.COMMON_CAUSE,
                AssuranceType.INCONSISTENT,
                "The target of {target} is inside the limits, so it is hit and miss: it will be met in some {periods}"
                        + " and missed in others unless the process changes."),
        COMMON_CAUSE_NO_TARGET(Variation.COMMON_CAUSE, null, "No target is set, so the chart gives no assurance."),
        IMPROVEMENT_PASS(
                Variation.IMPROVEMENT,
                AssuranceType.CONSISTENT_PASS,
                "The target of {target} is {position}, so the process is consistently passing it."),
        IMPROVEMENT_FAIL(
                Variation.IMPROVEMENT,
                AssuranceType.CONSISTENT_FAIL,
                "The target of {target} is {position}, so despite the improvement the process is consistently failing"
                        + " it: the target will not be met without a further change to the process."),
        IMPROVEMENT_HIT_AND_MISS(
                Variation.IMPROVEMENT,
                AssuranceType.INCONSISTENT,
                "The target of {target} is inside the limits, so it will be met in some {periods} and missed in others"
                        + " unless the process changes."),
        IMPROVEMENT_NO_TARGET(
                Variation.IMPROVEMENT,
                null,
                "No target is set, so the chart cannot say whether the improvement is enough."),
        CONCERN_PASS(
                Variation.CONCERN,
                AssuranceType.CONSISTENT_PASS,
                "The target of {target} is {position}, so the process is still consistently passing it, but the cause"
                        + " of the concern should be found before it puts the target at risk."),
        CONCERN_FAIL(
                Variation.CONCERN,
                AssuranceType.CONSISTENT_FAIL,
                "The target of {target} is {position}, so the process is consistently failing it: the target will not"
                        + " be met without a change to the process, and the cause of the concern should be found."),
        CONCERN_HIT_AND_MISS(
                Variation.CONCERN,
                AssuranceType.INCONSISTENT,
                "The target of {target} is inside the limits, so it will be met in some {periods} and missed in"
                        + " others, and the concern makes a miss more likely until its cause is found."),
        CONCERN_NO_TARGET(
                Variation.CONCERN,
                null,
                "No target is set, so the chart gives no assurance, but the cause of the concern should be found."),
        NEUTRAL_TARGET(
                null,
                null,
                "The measure has no improvement direction, so the target of {target} is shown but gives no"
                        + " assurance."),
        NEUTRAL_NO_TARGET(
                null, null, "The measure has no improvement direction and no target, so the chart gives no assurance.");

        final Variation variation;
        final AssuranceType assurance;
        final String template;

        Assurance(Variation variation, AssuranceType assurance, String template) {
            this.variation = variation;
            this.assurance = assurance;
            this.template = template;
        }

        static Assurance of(Variation variation, AssuranceType assurance) {
            for (Assurance candidate : values()) {
                if (candidate.variation == variation && candidate.assurance == assurance) {
                    return candidate;
                }
            }
            throw new IllegalStateException("no assurance template for " + variation + " and " + assurance);
        }
    }

    static String of(XmrResult result, Interpretation.Context context) {
        requireConsistent(result, context);
        if (result.n() == 0) {
            return fill(Reading.EMPTY.template, "measure", context.measure());
        }
        XmrGroup group = result.groups().get(result.groups().size() - 1);
        List<XmrPoint> points = lastGroupPoints(result, group);
        int kept = (int) points.stream().filter(p -> !p.leftOut()).count();
        String since = since(result, group, context);
        Interpretation.Numbers num = context.numbers(largest(result));
        if (result.upl() == null) {
            boolean flat = result.mrBarUnscreened() != null;
            return fill(
                    flat ? Reading.NO_VARIATION.template : Reading.TOO_FEW_POINTS.template,
                    "measure",
                    context.measure(),
                    "count",
                    context.count(kept),
                    "since",
                    since,
                    "value",
                    num.of(result.mean()));
        }
        String trial = Boolean.TRUE.equals(result.limitsAreTrial())
                ? fill(
                        TRIAL,
                        "count",
                        context.count(kept),
                        "needed",
                        String.valueOf(result.ruleSet().trialLimitThreshold()))
                : "";
        return first(result, points, context, num, since, trial) + " " + second(result, context, num);
    }

    private static String first(
            XmrResult result,
            List<XmrPoint> points,
            Interpretation.Context context,
            Interpretation.Numbers num,
            String since,
            String trial) {
        XmrPoint last = points.get(points.size() - 1);
        Reading reading = switch (last.pointType()) {
            case COMMON_CAUSE -> Reading.COMMON_CAUSE;
            case SPECIAL_CAUSE_IMPROVEMENT -> Reading.SPECIAL_CAUSE_IMPROVEMENT;
            case SPECIAL_CAUSE_CONCERN -> Reading.SPECIAL_CAUSE_CONCERN;
            case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> Reading.SPECIAL_CAUSE_NEUTRAL;
        };
        String evidence = reading == Reading.COMMON_CAUSE ? "" : evidence(result, points, context, num, since);
        return fill(
                reading.template,
                "measure",
                context.measure(),
                "mean",
                num.of(result.mean()),
                "lpl",
                num.of(result.lpl()),
                "upl",
                num.of(result.upl()),
                "since",
                since,
                "trial",
                trial,
                "evidence",
                evidence);
    }

    /** The deciding rule's run, ending at the last point of the last group. */
    private static String evidence(
            XmrResult result,
            List<XmrPoint> points,
            Interpretation.Context context,
            Interpretation.Numbers num,
            String since) {
        int lastIndex = points.size() - 1;
        XmrPoint last = points.get(lastIndex);
        SpcRule rule = last.rules().get(0);
        boolean high = switch (rule) {
            case TREND -> last.value().compareTo(points.get(lastIndex - 1).value()) > 0;
            case OUTSIDE_LIMITS, TWO_OF_THREE, SHIFT -> last.relativeToMean() > 0;
        };
        int first = firstOfRun(points, rule, high);
        int count = lastIndex - first + 1;
        Evidence evidence = switch (rule) {
            case OUTSIDE_LIMITS -> count == 1 ? Evidence.OUTSIDE_LIMITS_LAST_POINT : Evidence.OUTSIDE_LIMITS_RUN;
            case TREND -> Evidence.TREND;
            case TWO_OF_THREE -> Evidence.TWO_OF_THREE;
            case SHIFT -> Evidence.SHIFT;
        };
        int close = 0;
        for (int i = Math.max(0, lastIndex - 2); i <= lastIndex; i++) {
            close += points.get(i).closeToLimits() && points.get(i).relativeToMean() == last.relativeToMean() ? 1 : 0;
        }
        return fill(
                evidence.template,
                "period",
                context.period(),
                "periods",
                context.periods(),
                "count",
                context.count(count),
                "first",
                points.get(first).period(),
                "value",
                num.of(last.value()),
                "side",
                high ? "above" : "below",
                "way",
                high ? "risen" : "fallen",
                "limit",
                high ? "upper limit" : "lower limit",
                "line",
                num.of(high ? result.upl() : result.lpl()),
                "near",
                num.of(high ? result.nearUpl() : result.nearLpl()),
                "close",
                close == 3 ? "all" : String.valueOf(close),
                "mean",
                num.of(result.mean()),
                "since",
                since);
    }

    /** Index of the first point of the run of {@code rule} on the {@code high} side that ends at the last point. */
    private static int firstOfRun(List<XmrPoint> points, SpcRule rule, boolean high) {
        int side = high ? 1 : -1;
        int first = points.size() - 1;
        while (first > 0) {
            XmrPoint before = points.get(first - 1);
            boolean continues = switch (rule) {
                case OUTSIDE_LIMITS -> before.outsideLimits() && before.relativeToMean() == side;
                case SHIFT -> before.rules().contains(SpcRule.SHIFT) && before.relativeToMean() == side;
                case TREND ->
                    before.rules().contains(SpcRule.TREND)
                            && points.get(first).value().compareTo(before.value()) == side;
                case TWO_OF_THREE -> false;
            };
            if (!continues) {
                break;
            }
            first--;
        }
        return rule == SpcRule.TWO_OF_THREE ? Math.max(0, points.size() - 3) : first;
    }

    private static String second(XmrResult result, Interpretation.Context context, Interpretation.Numbers num) {
        Assurance assurance;
        if (context.direction() == ImprovementDirection.NEUTRAL) {
            assurance = context.target() == null ? Assurance.NEUTRAL_NO_TARGET : Assurance.NEUTRAL_TARGET;
        } else {
            Variation variation = switch (result.variationType()) {
                case SPECIAL_CAUSE_IMPROVEMENT -> Variation.IMPROVEMENT;
                case SPECIAL_CAUSE_CONCERN -> Variation.CONCERN;
                default -> Variation.COMMON_CAUSE;
            };
            assurance = Assurance.of(variation, result.assuranceType());
        }
        return fill(
                assurance.template,
                "target",
                context.target() == null ? "" : context.exact(context.target()),
                "position",
                position(result, context, num),
                "period",
                context.period(),
                "periods",
                context.periods());
    }

    /** Where a decided target lies: beyond the upper limit (a DECREASE pass, an INCREASE fail) or the lower. */
    private static String position(XmrResult result, Interpretation.Context context, Interpretation.Numbers num) {
        if (result.assuranceType() == null || result.assuranceType() == AssuranceType.INCONSISTENT) {
            return "";
        }
        boolean increase = context.direction() == ImprovementDirection.INCREASE;
        boolean pass = result.assuranceType() == AssuranceType.CONSISTENT_PASS;
        return increase == pass
                ? "below the lower limit of " + num.of(result.lpl())
                : "above the upper limit of " + num.of(result.upl());
    }

    /** The largest computed number in magnitude of the last group: its mean or a limit. */
    private static double largest(XmrResult result) {
        double largest = Math.abs(result.mean());
        if (result.upl() != null) {
            largest = Math.max(largest, Math.max(Math.abs(result.upl()), Math.abs(result.lpl())));
        }
        return largest;
    }

    /** " since …" for the last group's limits: the caller's label, else its first period when rebased, else "". */
    private static String since(XmrResult result, XmrGroup group, Interpretation.Context context) {
        if (context.change() != null) {
            return " since " + context.change();
        }
        return result.groups().size() > 1 ? " since the limits were recalculated in " + group.firstPeriod() : "";
    }

    private static List<XmrPoint> lastGroupPoints(XmrResult result, XmrGroup group) {
        List<XmrPoint> points = new ArrayList<>();
        for (XmrPoint point : result.points()) {
            if (point.rebaseGroup() == group.rebaseGroup()) {
                points.add(point);
            }
        }
        return points;
    }

    /** The context must describe the measure the result was computed for: the same target and direction. */
    private static void requireConsistent(XmrResult result, Interpretation.Context context) {
        boolean judged = context.target() != null && context.direction() != ImprovementDirection.NEUTRAL;
        if (result.n() > 0 && judged != (result.assuranceType() != null)) {
            throw new IllegalArgumentException("the context's target and direction (" + context.target() + ", "
                    + context.direction() + ") are not those the result was computed with (assurance "
                    + result.assuranceType() + ")");
        }
    }
}
