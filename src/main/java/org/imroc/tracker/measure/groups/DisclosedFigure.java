package org.imroc.tracker.measure.groups;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.breakdown.DisclosedCount;
import org.imroc.tracker.measure.breakdown.DisclosedTable;
import org.imroc.tracker.measure.breakdown.Disclosure;
import org.imroc.tracker.measure.breakdown.DisclosureTable;
import org.imroc.tracker.measure.breakdown.Part;
import org.imroc.tracker.measure.breakdown.Parts;

/**
 * One figure and its parts as they may be shown beyond the Trust's own people: the total's numerator (a plain
 * measure's value) and denominator, and every part's, through {@link Disclosure} with the sums a reader knows: for
 * every breakdown the figure has (ETHNIC_GROUP derived from ETHNIC_CATEGORY included, so the answer is the same
 * whichever breakdown is shown), total = Σ parts, and each ethnic group = Σ its categories; numerators and
 * denominators separately. A family (numerators, or denominators) with a value that is not a whole, non-negative
 * number is not a count the rules can reason about, so every figure of it other than 0 is hidden.
 */
public final class DisclosedFigure {

    /** A figure as shown: its value (rounded as the disclosure says), or null with {@code suppressed}. */
    public record Shown(BigDecimal value, boolean suppressed) {

        static final Shown ABSENT = new Shown(null, false);
    }

    private static final String NUMERATOR = "N";
    private static final String DENOMINATOR = "D";

    private final Map<String, Shown> cells;

    private DisclosedFigure(Map<String, Shown> cells) {
        this.cells = cells;
    }

    /** The figure through {@code disclosure}; {@code numerator} is a plain measure's value. */
    public static DisclosedFigure of(Disclosure disclosure, BigDecimal numerator, BigDecimal denominator, Parts parts) {
        Map<Breakdown, List<Part>> byBreakdown = new EnumMap<>(Breakdown.class);
        for (Breakdown b : Breakdown.values()) {
            List<Part> effective = parts.effective(b);
            if (!effective.isEmpty()) {
                byBreakdown.put(b, effective);
            }
        }
        Map<String, Shown> cells = new HashMap<>();
        family(disclosure, NUMERATOR, numerator, byBreakdown, Part::numerator, cells);
        family(disclosure, DENOMINATOR, denominator, byBreakdown, Part::denominator, cells);
        return new DisclosedFigure(cells);
    }

    /** The total's numerator, or a plain measure's value. */
    public Shown numerator() {
        return cells.getOrDefault(NUMERATOR, Shown.ABSENT);
    }

    public Shown denominator() {
        return cells.getOrDefault(DENOMINATOR, Shown.ABSENT);
    }

    public Shown numerator(Breakdown breakdown, String code) {
        return cells.getOrDefault(id(NUMERATOR, breakdown, code), Shown.ABSENT);
    }

    public Shown denominator(Breakdown breakdown, String code) {
        return cells.getOrDefault(id(DENOMINATOR, breakdown, code), Shown.ABSENT);
    }

    /** Whether the total, or anything computed from it (its rate), is hidden. */
    public boolean totalSuppressed() {
        return numerator().suppressed() || denominator().suppressed();
    }

    /** Whether a part, or anything computed from it, is hidden. */
    public boolean partSuppressed(Breakdown breakdown, String code) {
        return numerator(breakdown, code).suppressed()
                || denominator(breakdown, code).suppressed();
    }

    private interface Figure {
        BigDecimal of(Part part);
    }

    private static void family(
            Disclosure disclosure,
            String family,
            BigDecimal total,
            Map<Breakdown, List<Part>> byBreakdown,
            Figure figure,
            Map<String, Shown> cells) {
        if (total == null) {
            return;
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(family, total);
        byBreakdown.forEach((b, list) -> list.forEach(p -> {
            BigDecimal v = figure.of(p);
            if (v != null) {
                values.put(id(family, b, p.code()), v);
            }
        }));
        Map<String, List<String>> sums = new LinkedHashMap<>();
        byBreakdown.forEach((b, list) -> sums.put(
                b.name(),
                list.stream()
                        .map(p -> id(family, b, p.code()))
                        .filter(values::containsKey)
                        .toList()));
        List<Part> groups = byBreakdown.get(Breakdown.ETHNIC_GROUP);
        List<Part> categories = byBreakdown.get(Breakdown.ETHNIC_CATEGORY);
        Map<String, String> totals = new HashMap<>();
        sums.keySet().forEach(key -> totals.put(key, family));
        if (groups != null && categories != null) {
            for (Part group : groups) {
                String key = id(family, Breakdown.ETHNIC_GROUP, group.code());
                sums.put(
                        key,
                        categories.stream()
                                .filter(c -> Breakdown.ETHNIC_GROUP
                                        .fromCategory(c.code())
                                        .equals(group.code()))
                                .map(c -> id(family, Breakdown.ETHNIC_CATEGORY, c.code()))
                                .filter(values::containsKey)
                                .toList());
                totals.put(key, key);
            }
        }
        boolean counts = values.values().stream().allMatch(DisclosedFigure::isCount)
                && sums.entrySet().stream().allMatch(e -> holds(values, totals.get(e.getKey()), e.getValue()));
        if (!counts) {
            values.forEach((id, v) -> cells.put(id, v.signum() == 0 ? new Shown(v, false) : new Shown(null, true)));
            return;
        }
        DisclosureTable table = new DisclosureTable();
        values.forEach((id, v) -> table.cell(id, v.longValueExact()));
        sums.forEach((key, ids) -> {
            if (!ids.isEmpty()) {
                table.sum(totals.get(key), ids);
            }
        });
        DisclosedTable shown = disclosure.apply(table);
        values.keySet().forEach(id -> {
            DisclosedCount c = shown.cell(id);
            cells.put(id, new Shown(c.suppressed() ? null : BigDecimal.valueOf(c.value()), c.suppressed()));
        });
    }

    /**
     * Whether a sum holds exactly. Parts that do not add up are refused when recorded; should any slip through, the
     * family is hidden whole rather than published without its complements.
     */
    private static boolean holds(Map<String, BigDecimal> values, String total, List<String> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        BigDecimal sum = ids.stream().map(values::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        return values.containsKey(total) && sum.compareTo(values.get(total)) == 0;
    }

    private static boolean isCount(BigDecimal v) {
        if (v.signum() < 0) {
            return false;
        }
        try {
            v.longValueExact();
            return true;
        } catch (ArithmeticException notWhole) {
            return false;
        }
    }

    private static String id(String family, Breakdown breakdown, String code) {
        return family + "/" + breakdown.name() + "/" + code;
    }
}
