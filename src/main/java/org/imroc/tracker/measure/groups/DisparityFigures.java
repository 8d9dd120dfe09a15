package org.imroc.tracker.measure.groups;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.breakdown.DisclosedTable;
import org.imroc.tracker.measure.breakdown.Disclosure;
import org.imroc.tracker.measure.breakdown.DisclosureTable;
import org.imroc.tracker.measure.breakdown.Disparities;
import org.imroc.tracker.measure.breakdown.GroupCount;
import org.imroc.tracker.measure.breakdown.GroupDisparity;
import org.imroc.tracker.measure.breakdown.PeriodDisparities;
import org.imroc.tracker.measure.breakdown.PeriodGroups;

/**
 * The figures of a disparities answer, from the groups' counts per period: the window's sums and ratios
 * ({@link Disparities#overWindow}), each period's ({@link Disparities#byPeriod}) when asked, and, for a caller who
 * sees published figures only, every count shown passed through the {@link Disclosure} as one table. The table
 * holds every count shown with the sums a reader knows: each total is its groups' sum, and with periods shown each
 * window count is its periods' sum, so no hidden count can be worked out by subtraction across groups or periods.
 * A rate is hidden when its own counts are; a ratio and its interval when the group's or the reference's are.
 */
final class DisparityFigures {

    /** The figures as they may be shown. */
    record Shown(
            DisparitiesResponse.Total total,
            List<DisparitiesResponse.Group> groups,
            List<DisparitiesResponse.PeriodGroupsItem> byPeriod) {}

    private static final String WINDOW = "window";
    private static final String TOTAL = "TOTAL";

    private DisparityFigures() {}

    /**
     * @param periods each period's counts of every code of the breakdown, in period order
     * @param disclosure null for a caller who sees raw figures
     */
    static Shown of(
            Breakdown breakdown,
            String reference,
            BigDecimal multiplier,
            List<PeriodGroups> periods,
            boolean byPeriod,
            Disclosure disclosure) {
        List<GroupDisparity> window = Disparities.overWindow(periods, multiplier, reference);
        List<PeriodDisparities> each = byPeriod ? Disparities.byPeriod(periods, multiplier, reference) : List.of();
        DisclosedTable disclosed = disclosure == null ? null : disclosure.apply(table(window, each));
        DisparitiesResponse.Total total = total(WINDOW, window, disclosed);
        List<DisparitiesResponse.Group> groups = rows(breakdown, reference, WINDOW, window, disclosed);
        List<DisparitiesResponse.PeriodGroupsItem> periodItems = null;
        if (byPeriod) {
            periodItems = new ArrayList<>();
            for (PeriodDisparities p : each) {
                periodItems.add(new DisparitiesResponse.PeriodGroupsItem(
                        p.period(),
                        total(p.period(), p.groups(), disclosed),
                        rows(breakdown, reference, p.period(), p.groups(), disclosed)));
            }
        }
        return new Shown(total, groups, periodItems);
    }

    /** Every count shown, and the sums between them. */
    private static DisclosureTable table(List<GroupDisparity> window, List<PeriodDisparities> each) {
        DisclosureTable table = new DisclosureTable();
        // with periods shown, a window count is its periods' (whole) counts added, so the sums hold exactly
        add(
                table,
                WINDOW,
                window,
                (kind, g) -> each.isEmpty()
                        ? count(value(kind, g))
                        : each.stream()
                                .flatMap(p -> p.groups().stream())
                                .filter(pg -> pg.code().equals(g.code()))
                                .mapToLong(pg -> count(value(kind, pg)))
                                .sum());
        for (PeriodDisparities p : each) {
            add(table, p.period(), p.groups(), (kind, g) -> count(value(kind, g)));
        }
        if (!each.isEmpty()) {
            for (String kind : List.of("events", "denominator")) {
                for (GroupDisparity g : window) {
                    table.sum(
                            id(WINDOW, kind, g.code()),
                            each.stream()
                                    .map(p -> id(p.period(), kind, g.code()))
                                    .toList());
                }
            }
        }
        return table;
    }

    private static BigDecimal value(String kind, GroupDisparity g) {
        return kind.equals("events") ? g.events() : g.denominator();
    }

    private static void add(
            DisclosureTable table,
            String scope,
            List<GroupDisparity> groups,
            java.util.function.ToLongBiFunction<String, GroupDisparity> counts) {
        if (groups.isEmpty()) {
            return;
        }
        for (String kind : List.of("events", "denominator")) {
            long sum = 0;
            List<String> parts = new ArrayList<>();
            for (GroupDisparity g : groups) {
                long count = counts.applyAsLong(kind, g);
                table.cell(id(scope, kind, g.code()), count);
                parts.add(id(scope, kind, g.code()));
                sum += count;
            }
            table.cell(id(scope, kind, TOTAL), sum);
            table.sum(id(scope, kind, TOTAL), parts);
        }
    }

    /** A count as the table takes it: a whole number (a fractional figure rounded half up; none is 0). */
    private static long count(BigDecimal value) {
        return value == null ? 0 : value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static String id(String scope, String kind, String code) {
        return scope + "/" + kind + "/" + code;
    }

    private static DisparitiesResponse.Total total(
            String scope, List<GroupDisparity> groups, DisclosedTable disclosed) {
        BigDecimal events = groups.stream().map(GroupDisparity::events).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal denominator = groups.stream()
                .map(g -> g.denominator() == null ? BigDecimal.ZERO : g.denominator())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (disclosed == null || groups.isEmpty()) {
            return new DisparitiesResponse.Total(events, denominator, false);
        }
        Long e = disclosed.cell(id(scope, "events", TOTAL)).value();
        Long d = disclosed.cell(id(scope, "denominator", TOTAL)).value();
        return new DisparitiesResponse.Total(
                e == null ? null : BigDecimal.valueOf(e),
                d == null ? null : BigDecimal.valueOf(d),
                e == null || d == null);
    }

    private static List<DisparitiesResponse.Group> rows(
            Breakdown breakdown,
            String reference,
            String scope,
            List<GroupDisparity> groups,
            DisclosedTable disclosed) {
        boolean hasReference = groups.stream().anyMatch(g -> g.code().equals(reference));
        List<DisparitiesResponse.Group> rows = new ArrayList<>();
        for (GroupDisparity g : groups) {
            rows.add(
                    disclosed == null
                            ? raw(breakdown, g)
                            : shown(breakdown, reference, scope, g, hasReference, disclosed));
        }
        return rows;
    }

    private static DisparitiesResponse.Group raw(Breakdown breakdown, GroupDisparity g) {
        return new DisparitiesResponse.Group(
                g.code(),
                breakdown.label(g.code()),
                g.events(),
                g.denominator(),
                rate(g.rate()),
                g.rateRatio(),
                g.lower(),
                g.upper(),
                g.side() == null ? null : g.side().name(),
                g.reason() == null ? null : g.reason().name(),
                false);
    }

    private static DisparitiesResponse.Group shown(
            Breakdown breakdown,
            String reference,
            String scope,
            GroupDisparity g,
            boolean hasReference,
            DisclosedTable disclosed) {
        List<String> own = List.of(id(scope, "events", g.code()), id(scope, "denominator", g.code()));
        List<String> withReference = new ArrayList<>(own);
        if (hasReference) {
            withReference.add(id(scope, "events", reference));
            withReference.add(id(scope, "denominator", reference));
        }
        boolean ownHidden = disclosed.anySuppressed(own);
        GroupDisparity ratio = disclosed.disclose(g, withReference);
        Long events = disclosed.cell(own.get(0)).value();
        Long denominator = disclosed.cell(own.get(1)).value();
        return new DisparitiesResponse.Group(
                g.code(),
                breakdown.label(g.code()),
                events == null ? null : BigDecimal.valueOf(events),
                g.denominator() == null || denominator == null ? null : BigDecimal.valueOf(denominator),
                ownHidden ? null : rate(g.rate()),
                ratio.rateRatio(),
                ratio.lower(),
                ratio.upper(),
                ratio.side() == null ? null : ratio.side().name(),
                g.reason() == null ? null : g.reason().name(),
                ratio.suppressed() || ownHidden);
    }

    private static BigDecimal rate(BigDecimal rate) {
        return rate == null ? null : rate.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The groups' counts of one period, every code of the breakdown in its order (a code not given counts 0). */
    static PeriodGroups period(
            String period, Breakdown breakdown, List<org.imroc.tracker.measure.breakdown.Part> parts) {
        List<GroupCount> counts = new ArrayList<>();
        for (String code : breakdown.codes()) {
            org.imroc.tracker.measure.breakdown.Part part = parts.stream()
                    .filter(p -> p.code().equals(code))
                    .findFirst()
                    .orElse(null);
            counts.add(
                    part == null
                            ? new GroupCount(code, BigDecimal.ZERO, BigDecimal.ZERO)
                            : new GroupCount(code, part.numerator(), part.denominator()));
        }
        return new PeriodGroups(period, counts);
    }
}
