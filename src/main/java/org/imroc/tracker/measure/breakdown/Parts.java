package org.imroc.tracker.measure.breakdown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The parts of one figure, by breakdown: for each breakdown recorded, one {@link Part} per code, which add up to the
 * figure (checked by {@link PartsCheck} before they are stored). Immutable; breakdowns in their enum order, parts in
 * the breakdown's code order. ETHNIC_GROUP parts are derived from ETHNIC_CATEGORY ones when only those are recorded
 * ({@link #effective}).
 */
public final class Parts {

    /** A figure without parts. */
    public static final Parts NONE = new Parts(new EnumMap<>(Breakdown.class));

    private final Map<Breakdown, List<Part>> byBreakdown;

    private Parts(Map<Breakdown, List<Part>> byBreakdown) {
        this.byBreakdown = Collections.unmodifiableMap(byBreakdown);
    }

    /** The parts given, each breakdown's in its code order (codes it does not have last, as given). */
    public static Parts of(Map<Breakdown, List<Part>> parts) {
        Map<Breakdown, List<Part>> sorted = new EnumMap<>(Breakdown.class);
        parts.forEach((breakdown, list) -> {
            List<Part> inOrder = new ArrayList<>(list);
            List<String> codes = breakdown.codes();
            inOrder.sort((a, b) -> Integer.compare(index(codes, a.code()), index(codes, b.code())));
            sorted.put(breakdown, List.copyOf(inOrder));
        });
        return sorted.isEmpty() ? NONE : new Parts(sorted);
    }

    private static int index(List<String> codes, String code) {
        int i = codes.indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    public boolean isEmpty() {
        return byBreakdown.isEmpty();
    }

    /** The breakdowns recorded (not those derived). */
    public Set<Breakdown> breakdowns() {
        return byBreakdown.keySet();
    }

    /** The parts recorded for a breakdown (empty when none). */
    public List<Part> recorded(Breakdown breakdown) {
        return byBreakdown.getOrDefault(breakdown, List.of());
    }

    /** The parts as recorded, by breakdown. */
    public Map<Breakdown, List<Part>> asMap() {
        return byBreakdown;
    }

    /**
     * The parts of a breakdown: recorded, or for ETHNIC_GROUP derived from recorded ETHNIC_CATEGORY parts (each
     * group the exact sum of its categories'); empty when neither.
     */
    public List<Part> effective(Breakdown breakdown) {
        List<Part> recorded = recorded(breakdown);
        if (!recorded.isEmpty() || breakdown != Breakdown.ETHNIC_GROUP) {
            return recorded;
        }
        List<Part> categories = recorded(Breakdown.ETHNIC_CATEGORY);
        return categories.isEmpty() ? List.of() : groupsOf(categories);
    }

    /** The part of one code of a breakdown (effective), or null when it has none. */
    public Part part(Breakdown breakdown, String code) {
        return effective(breakdown).stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    /** ETHNIC_CATEGORY parts grouped into ETHNIC_GROUP parts, in the groups' code order. */
    static List<Part> groupsOf(List<Part> categories) {
        Map<String, Part> groups = new LinkedHashMap<>();
        for (Part category : categories) {
            String group = Breakdown.ETHNIC_GROUP.fromCategory(category.code());
            groups.merge(group, new Part(group, category.numerator(), category.denominator()), Parts::add);
        }
        return of(Map.of(Breakdown.ETHNIC_GROUP, List.copyOf(groups.values()))).recorded(Breakdown.ETHNIC_GROUP);
    }

    /**
     * The parts of several figures added up (the units of a Trust, the periods of a window): for each breakdown
     * every figure has, the parts summed by code; a breakdown some figure lacks is left out, since a sum over part
     * of the figures would read as the whole.
     */
    public static Parts sum(List<Parts> figures) {
        if (figures.isEmpty()) {
            return NONE;
        }
        Map<Breakdown, List<Part>> sums = new EnumMap<>(Breakdown.class);
        for (Breakdown breakdown : Breakdown.values()) {
            if (figures.stream().allMatch(p -> !p.effective(breakdown).isEmpty())) {
                Map<String, Part> byCode = new LinkedHashMap<>();
                figures.forEach(
                        p -> p.effective(breakdown).forEach(part -> byCode.merge(part.code(), part, Parts::add)));
                sums.put(breakdown, List.copyOf(byCode.values()));
            }
        }
        return of(sums);
    }

    private static Part add(Part a, Part b) {
        return new Part(
                a.code(),
                a.numerator().add(b.numerator()),
                a.denominator() == null || b.denominator() == null
                        ? null
                        : a.denominator().add(b.denominator()));
    }

    /** The same parts, compared by value (14 and 14.0 agree). */
    public boolean sameAs(Parts other) {
        if (!byBreakdown.keySet().equals(other.byBreakdown.keySet())) {
            return false;
        }
        for (Map.Entry<Breakdown, List<Part>> entry : byBreakdown.entrySet()) {
            List<Part> mine = entry.getValue();
            List<Part> theirs = other.byBreakdown.get(entry.getKey());
            if (mine.size() != theirs.size()) {
                return false;
            }
            for (int i = 0; i < mine.size(); i++) {
                if (!samePart(mine.get(i), theirs.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean samePart(Part a, Part b) {
        return a.code().equals(b.code())
                && same(a.numerator(), b.numerator())
                && same(a.denominator(), b.denominator());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parts other && sameAs(other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byBreakdown.keySet());
    }

    @Override
    public String toString() {
        return byBreakdown.toString();
    }
}
