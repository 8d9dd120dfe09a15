package org.imroc.tracker.measure.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.imroc.tracker.cycle.CycleRepository.Milestone;
import org.imroc.tracker.cycle.ReviewDecision;
import org.imroc.tracker.measure.Frequency;
import org.imroc.tracker.measure.MeasureSeries;
import org.imroc.tracker.measure.spc.SpcRule;
import org.imroc.tracker.measure.spc.XmrPoint;
import org.imroc.tracker.measure.spc.XmrResult;

/**
 * A rebase the chart suggests (Making Data Count: recalculate the limits only when the process changed): a PDSA
 * cycle of the measure's goal was reviewed with the decision ADOPT, and a sustained shift (the SHIFT rule) of the
 * current limits starts at or after the period its Do phase began. Accept it with POST …/rebases.
 */
public record SuggestedRebaseItem(
        @Schema(description = "The first period of the shift: where the new limits would start", maxLength = 8)
        String period,

        @Schema(description = "The adopted cycle") UUID cycleId,
        @Schema(maxLength = 200) String cycleTitle,

        @Schema(description = "The rule the shift fired: SHIFT", maxLength = 20, examples = "SHIFT")
        String rule,

        @Schema(
                description = "Points from that period to the end of the series",
                minimum = "1",
                maximum = "100000",
                required = true)
        int pointsSinceChange) {

    /** The most suggestions an answer lists. */
    public static final int MAX = 100;

    /**
     * What {@code result} suggests for the goal's adopted cycles ({@code milestones}), none for a cycle whose
     * change was already acted on: a rebase (recorded, or an observation's flag) at or after the period its Do
     * began. One per cycle at most, in period order.
     */
    static List<SuggestedRebaseItem> of(
            Frequency frequency, XmrResult result, List<Milestone> milestones, List<MeasureSeries.Rebase> rebases) {
        List<XmrPoint> points = result.points();
        if (points.isEmpty()) {
            return List.of();
        }
        List<LocalDate> starts =
                points.stream().map(p -> start(frequency, p.period())).toList();
        List<LocalDate> groupStarts = new ArrayList<>();
        int lastGroup = points.get(points.size() - 1).rebaseGroup();
        int firstOfLastGroup = 0;
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).rebaseGroup() != points.get(i - 1).rebaseGroup()) {
                groupStarts.add(starts.get(i));
            }
        }
        while (points.get(firstOfLastGroup).rebaseGroup() != lastGroup) {
            firstOfLastGroup++;
        }
        List<Integer> shiftStarts = shiftStarts(points, firstOfLastGroup);
        List<SuggestedRebaseItem> suggested = new ArrayList<>();
        for (Milestone cycle : milestones) {
            if (cycle.decision() != ReviewDecision.ADOPT || cycle.doStartedOn() == null) {
                continue;
            }
            LocalDate changed = frequency.periodOf(cycle.doStartedOn()).start();
            boolean actedOn = groupStarts.stream().anyMatch(s -> !s.isBefore(changed))
                    || rebases.stream().anyMatch(r -> !r.periodStart().isBefore(changed));
            if (actedOn) {
                continue;
            }
            shiftStarts.stream()
                    .filter(i -> !starts.get(i).isBefore(changed))
                    .findFirst()
                    .ifPresent(i -> suggested.add(new SuggestedRebaseItem(
                            points.get(i).period(),
                            cycle.cycleId(),
                            cycle.title(),
                            SpcRule.SHIFT.name(),
                            points.size() - i)));
        }
        return suggested.stream()
                .sorted(Comparator.comparing(s -> start(frequency, s.period())))
                .limit(MAX)
                .toList();
    }

    /**
     * The indexes, from {@code from} on, at which a run firing the SHIFT rule starts: a point with SHIFT whose
     * predecessor has no SHIFT, is on the other side of the mean, or is in an earlier group.
     */
    private static List<Integer> shiftStarts(List<XmrPoint> points, int from) {
        List<Integer> found = new ArrayList<>();
        for (int i = from; i < points.size(); i++) {
            XmrPoint p = points.get(i);
            if (!p.rules().contains(SpcRule.SHIFT)) {
                continue;
            }
            XmrPoint before = i == from ? null : points.get(i - 1);
            if (before == null
                    || !before.rules().contains(SpcRule.SHIFT)
                    || before.relativeToMean() != p.relativeToMean()) {
                found.add(i);
            }
        }
        return found;
    }

    private static LocalDate start(Frequency frequency, String period) {
        return frequency.parse(period).orElseThrow().start();
    }
}
