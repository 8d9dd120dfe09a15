package org.imroc.tracker.measure.breakdown;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A breakdown is a way of splitting a measure's figure into parts by a characteristic of the people counted, so a
 * Trust can see whether outcomes differ between groups (PCREF; the Use of Force Act). Each breakdown has a fixed
 * list of codes with labels, in display order; some codes say the characteristic was not recorded ("not stated",
 * "not known") and still count as parts, so the parts add up to the total.
 *
 * <p>ETHNIC_CATEGORY holds the NHS Data Dictionary's ethnic category codes of the 2001 census, the "16+1": the 16
 * categories A–S, plus Z "Not stated" (the person was asked and declined), plus the default 99 "Not known" (not
 * asked). ETHNIC_GROUP holds the same codes grouped: White (A–C), Mixed (D–G), Asian (H–L), Black (M–P), Other
 * (R–S) and Not stated or known (Z, 99). Chinese (R) is in Other: the Data Dictionary's grouping of the 2001
 * codes puts it under "Other ethnic groups" and IMPROVEMENT-SCIENCE.md follows it; the 2021 census moved Chinese to
 * Asian, but the codes the NHS records are still the 2001 ones, and a Trust's grouping must match its codes.
 *
 * <p>SEX holds the NHS person stated gender codes 1 male, 2 female, 9 indeterminate (recorded: unable to be
 * classified as either), X not known. AGE_BAND holds the age bands written as they read ({@code "0-17"} …
 * {@code "66+"}) and {@code "UNKNOWN"}.
 */
public enum Breakdown {
    ETHNIC_CATEGORY(
            codes(
                    "A", "White British",
                    "B", "White Irish",
                    "C", "Any other White background",
                    "D", "White and Black Caribbean",
                    "E", "White and Black African",
                    "F", "White and Asian",
                    "G", "Any other mixed background",
                    "H", "Indian",
                    "J", "Pakistani",
                    "K", "Bangladeshi",
                    "L", "Any other Asian background",
                    "M", "Caribbean",
                    "N", "African",
                    "P", "Any other Black background",
                    "R", "Chinese",
                    "S", "Any other ethnic group",
                    "Z", "Not stated",
                    "99", "Not known"),
            Set.of("Z", "99")),
    ETHNIC_GROUP(
            codes(
                    "WHITE", "White",
                    "MIXED", "Mixed",
                    "ASIAN", "Asian",
                    "BLACK", "Black",
                    "OTHER", "Other",
                    "NOT_STATED_OR_KNOWN", "Not stated or known"),
            Set.of("NOT_STATED_OR_KNOWN")),
    SEX(codes("1", "Male", "2", "Female", "9", "Indeterminate", "X", "Not known"), Set.of("X")),
    AGE_BAND(
            codes(
                    "0-17", "0–17",
                    "18-25", "18–25",
                    "26-35", "26–35",
                    "36-45", "36–45",
                    "46-55", "46–55",
                    "56-65", "56–65",
                    "66+", "66+",
                    "UNKNOWN", "Not known"),
            Set.of("UNKNOWN"));

    /** The ethnic group of each ethnic category code (see the class comment for Chinese, R). */
    private static final Map<String, String> GROUP_OF_CATEGORY = groups();

    private final Map<String, String> labels;
    private final Set<String> notRecordedCodes;

    Breakdown(Map<String, String> labels, Set<String> notRecordedCodes) {
        this.labels = labels;
        this.notRecordedCodes = notRecordedCodes;
    }

    /** The breakdown of this name (exact, as the API writes it), or empty for a name that is none. */
    public static Optional<Breakdown> named(String name) {
        return Arrays.stream(values()).filter(b -> b.name().equals(name)).findFirst();
    }

    /** The codes in display order, the not-recorded ones last. */
    public List<String> codes() {
        return List.copyOf(labels.keySet());
    }

    /** Whether the code is one of this breakdown's codes (case-sensitive, as stored). */
    public boolean isKnown(String code) {
        return labels.containsKey(code);
    }

    /** The code's label; throws for a code this breakdown does not have. */
    public String label(String code) {
        String label = labels.get(code);
        if (label == null) {
            throw new IllegalArgumentException(name() + " has no code " + code);
        }
        return label;
    }

    /**
     * The codes that say the characteristic was not recorded (Z and 99; NOT_STATED_OR_KNOWN; X; UNKNOWN): real
     * parts of the total, but no group to compare.
     */
    public Set<String> notRecordedCodes() {
        return notRecordedCodes;
    }

    /**
     * The ETHNIC_GROUP code of an ETHNIC_CATEGORY code, so a Trust that records categories gets groups for free.
     * Only ETHNIC_GROUP derives from another breakdown.
     */
    public String fromCategory(String categoryCode) {
        if (this != ETHNIC_GROUP) {
            throw new UnsupportedOperationException(name() + " is not derived from ETHNIC_CATEGORY");
        }
        String group = GROUP_OF_CATEGORY.get(categoryCode);
        if (group == null) {
            throw new IllegalArgumentException("ETHNIC_CATEGORY has no code " + categoryCode);
        }
        return group;
    }

    private static Map<String, String> codes(String... codesAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }

    private static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        put(groups, "WHITE", "A", "B", "C");
        put(groups, "MIXED", "D", "E", "F", "G");
        put(groups, "ASIAN", "H", "J", "K", "L");
        put(groups, "BLACK", "M", "N", "P");
        put(groups, "OTHER", "R", "S");
        put(groups, "NOT_STATED_OR_KNOWN", "Z", "99");
        return Collections.unmodifiableMap(groups);
    }

    private static void put(Map<String, String> groups, String group, String... categories) {
        for (String category : categories) {
            groups.put(category, group);
        }
    }
}
