package org.imroc.tracker.measure.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.imroc.tracker.measure.breakdown.Breakdown;
import org.imroc.tracker.measure.breakdown.Disclosure;
import org.imroc.tracker.measure.breakdown.Part;
import org.imroc.tracker.measure.breakdown.PeriodGroups;
import org.junit.jupiter.api.Test;

/**
 * What a PUBLIC caller sees of a disparities answer: small counts hidden with their complements, and every rate,
 * ratio and interval computed from a hidden count hidden too; raw for everyone else.
 */
class DisparityFiguresTest {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private static Part part(String code, int events, int days) {
        return new Part(code, BigDecimal.valueOf(events), BigDecimal.valueOf(days));
    }

    /** The docs' example: a ward's 20 restraints are Black 3, White 12, Asian 5, not known 0. */
    private static List<PeriodGroups> ward() {
        return List.of(DisparityFigures.period(
                "2025-01",
                Breakdown.ETHNIC_GROUP,
                List.of(
                        part("WHITE", 12, 1000),
                        part("ASIAN", 5, 300),
                        part("BLACK", 3, 200),
                        part("NOT_STATED_OR_KNOWN", 0, 100))));
    }

    private static DisparitiesResponse.Group group(List<DisparitiesResponse.Group> groups, String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aSmallCountItsComplementAndWhatIsComputedFromThemAreHidden() {
        DisparityFigures.Shown shown =
                DisparityFigures.of(Breakdown.ETHNIC_GROUP, "WHITE", THOUSAND, ward(), false, Disclosure.DEFAULT);
        DisparitiesResponse.Group black = group(shown.groups(), "BLACK");
        assertThat(black.events()).isNull(); // 3: from 1 to 4
        assertThat(black.rate()).isNull();
        assertThat(black.rateRatio()).isNull();
        assertThat(black.lower()).isNull();
        assertThat(black.suppressed()).isTrue();
        assertThat(black.denominator()).isEqualByComparingTo("200"); // not small: shown
        // 20 − 12 − 0 would give Black + Asian = 8, so Asian 5 (the smallest other part) goes too
        DisparitiesResponse.Group asian = group(shown.groups(), "ASIAN");
        assertThat(asian.events()).isNull();
        assertThat(asian.rateRatio()).isNull();
        assertThat(asian.suppressed()).isTrue();
        DisparitiesResponse.Group white = group(shown.groups(), "WHITE");
        assertThat(white.events()).isEqualByComparingTo("12");
        assertThat(white.rate()).isEqualByComparingTo("12"); // 12 ÷ 1000 × 1000
        assertThat(white.suppressed()).isFalse();
        DisparitiesResponse.Group unknown = group(shown.groups(), "NOT_STATED_OR_KNOWN");
        assertThat(unknown.events()).isEqualByComparingTo("0"); // 0 identifies no one
        assertThat(unknown.reason()).isEqualTo("NO_EVENTS");
        assertThat(unknown.suppressed()).isFalse();
        assertThat(shown.total().events()).isEqualByComparingTo("20");
    }

    @Test
    void theTrustsOwnPeopleSeeEveryFigure() {
        DisparityFigures.Shown shown =
                DisparityFigures.of(Breakdown.ETHNIC_GROUP, "WHITE", THOUSAND, ward(), false, null);
        DisparitiesResponse.Group black = group(shown.groups(), "BLACK");
        assertThat(black.events()).isEqualByComparingTo("3");
        // RR = (3 × 1000) ÷ (200 × 12) = 3000 ÷ 2400 = 1.25
        assertThat(black.rateRatio()).isEqualTo(1.25);
        assertThat(black.suppressed()).isFalse();
    }

    /**
     * 24 periods of 18 ethnic categories with many small counts: shown per period and over the window, no sum a
     * reader knows (a period's groups add up to its total, a group's periods to its window count) has exactly one
     * hidden cell, so no single subtraction gives a hidden count away; and every ratio next to a hidden count is
     * hidden.
     */
    @Test
    void noSingleSubtractionAcrossGroupsOrPeriodsGivesAHiddenCountAway() {
        Random random = new Random(24);
        List<PeriodGroups> periods = new ArrayList<>();
        for (int month = 1; month <= 24; month++) {
            List<Part> parts = new ArrayList<>();
            for (String code : Breakdown.ETHNIC_CATEGORY.codes()) {
                parts.add(part(code, random.nextInt(4) == 0 ? 0 : random.nextInt(12), 5 + random.nextInt(400)));
            }
            periods.add(DisparityFigures.period(
                    String.format("%d-%02d", 2024 + (month - 1) / 12, (month - 1) % 12 + 1),
                    Breakdown.ETHNIC_CATEGORY,
                    parts));
        }
        DisparityFigures.Shown shown =
                DisparityFigures.of(Breakdown.ETHNIC_CATEGORY, "A", THOUSAND, periods, true, Disclosure.DEFAULT);
        List<List<DisparitiesResponse.Group>> scopes = new ArrayList<>();
        scopes.add(shown.groups());
        shown.byPeriod().forEach(p -> scopes.add(p.groups()));
        long hidden = 0;
        for (Function<DisparitiesResponse.Group, BigDecimal> figure :
                List.<Function<DisparitiesResponse.Group, BigDecimal>>of(
                        DisparitiesResponse.Group::events, DisparitiesResponse.Group::denominator)) {
            // a period (or the window): its groups and its total
            for (int s = 0; s < scopes.size(); s++) {
                DisparitiesResponse.Total total =
                        s == 0 ? shown.total() : shown.byPeriod().get(s - 1).total();
                long hiddenHere = scopes.get(s).stream()
                                .filter(g -> figure.apply(g) == null)
                                .count()
                        + (total.suppressed() ? 1 : 0);
                assertThat(hiddenHere).as("hidden cells in scope %d", s).isNotEqualTo(1);
                hidden += hiddenHere;
            }
            // a group: its window count and its periods' counts
            for (int g = 0; g < shown.groups().size(); g++) {
                int index = g;
                long hiddenHere = scopes.stream()
                        .filter(groups -> figure.apply(groups.get(index)) == null)
                        .count();
                assertThat(hiddenHere).as("hidden cells of group %d", g).isNotEqualTo(1);
            }
        }
        assertThat(hidden).as("the table has small counts to hide").isGreaterThan(10);
        for (List<DisparitiesResponse.Group> groups : scopes) {
            Map<String, DisparitiesResponse.Group> byCode = new java.util.HashMap<>();
            groups.forEach(g -> byCode.put(g.code(), g));
            DisparitiesResponse.Group reference = byCode.get("A");
            for (DisparitiesResponse.Group g : groups) {
                if (g.events() == null || g.denominator() == null || reference.events() == null) {
                    assertThat(g.rateRatio()).as(g.code()).isNull();
                    assertThat(g.lower()).as(g.code()).isNull();
                    assertThat(g.suppressed()).as(g.code()).isTrue();
                }
            }
        }
    }
}
