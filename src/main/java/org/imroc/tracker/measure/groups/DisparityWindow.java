package org.imroc.tracker.measure.groups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.Observation;
import org.imroc.tracker.measure.Period;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.breakdown.Disclosure;
import org.imroc.tracker.measure.breakdown.Part;
import org.imroc.tracker.measure.breakdown.PeriodGroups;

/**
 * The window of a disparities answer and what it holds: the periods asked for (by default the last
 * {@value DisparityQuery#DEFAULT_PERIODS} held), those whose figure has parts for the breakdown (summed), those
 * whose figure has none (named and left out, never read as zero) and those with no figure at all.
 */
final class DisparityWindow {

    /** The most periods a window lists as not recorded (a window of centuries of weeks says so in its note). */
    private static final int MAX_LISTED = 2000;

    private DisparityWindow() {}

    static DisparitiesResponse answer(
            Measure m, DisparityQuery.Checked q, UUID unitId, List<Observation> series, Disclosure disclosure) {
        List<Observation> upTo = series.stream()
                .filter(o -> q.to() == null || !o.getPeriodStart().isAfter(q.to().start()))
                .toList();
        Period last = q.to() != null ? q.to() : upTo.isEmpty() ? null : period(m, upTo.get(upTo.size() - 1));
        Period first = q.from() != null
                ? q.from()
                : upTo.isEmpty()
                        ? null
                        : period(m, upTo.get(Math.max(0, upTo.size() - DisparityQuery.DEFAULT_PERIODS)));
        List<String> used = new ArrayList<>();
        List<String> withoutParts = new ArrayList<>();
        List<PeriodGroups> periods = new ArrayList<>();
        Set<String> held = new HashSet<>();
        for (Observation o : upTo) {
            if (first != null && o.getPeriodStart().isBefore(first.start())) {
                continue;
            }
            held.add(o.getPeriod());
            List<Part> parts = o.getParts().effective(q.breakdown());
            if (parts.isEmpty()) {
                withoutParts.add(o.getPeriod());
            } else {
                used.add(o.getPeriod());
                periods.add(DisparityFigures.period(o.getPeriod(), q.breakdown(), parts));
            }
        }
        List<String> notRecorded = notRecorded(first, last, held);
        DisparityFigures.Shown shown = DisparityFigures.of(
                q.breakdown(), q.reference(), m.getRatio().multiplier(), periods, q.byPeriod(), disclosure);
        Breakdown b = q.breakdown();
        return new DisparitiesResponse(
                m.getId(),
                m.getName(),
                m.getUnit(),
                m.getRatio().multiplier(),
                b,
                q.reference(),
                b.label(q.reference()),
                first == null ? null : first.label(),
                last == null ? null : last.label(),
                unitId,
                used,
                withoutParts,
                notRecorded,
                note(used, withoutParts, notRecorded),
                disclosure != null,
                shown.total(),
                shown.groups(),
                shown.byPeriod());
    }

    private static Period period(Measure m, Observation o) {
        return m.getFrequency().parse(o.getPeriod()).orElseThrow();
    }

    private static List<String> notRecorded(Period first, Period last, Set<String> held) {
        List<String> missing = new ArrayList<>();
        if (first == null || last == null) {
            return missing;
        }
        for (Period p = first; p.compareTo(last) <= 0 && missing.size() < MAX_LISTED; p = p.next()) {
            if (!held.contains(p.label())) {
                missing.add(p.label());
            }
        }
        return missing;
    }

    private static String note(List<String> used, List<String> withoutParts, List<String> notRecorded) {
        if (used.isEmpty()) {
            return "No figure in this window has parts for the breakdown: there is nothing to compare";
        }
        StringBuilder note =
                new StringBuilder("Each group's events and denominators are summed over " + used.size() + " period(s)");
        if (!withoutParts.isEmpty()) {
            note.append("; ")
                    .append(withoutParts.size())
                    .append(" period(s) have a figure without parts for this breakdown and are left out: ")
                    .append(String.join(", ", withoutParts));
        }
        if (!notRecorded.isEmpty()) {
            note.append("; ").append(notRecorded.size()).append(" period(s) have no figure");
        }
        return note.toString();
    }
}
