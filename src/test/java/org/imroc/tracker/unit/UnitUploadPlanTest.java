package org.imroc.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.FieldError;
import org.junit.jupiter.api.Test;

/** How an upload's rows are ordered and checked before anything is written, without Quarkus. */
class UnitUploadPlanTest {

    private final UUID site = UUID.randomUUID();
    private final UUID closedWard = UUID.randomUUID();
    private final List<UnitTree.Node> existing = List.of(
            new UnitTree.Node(site, null, "North Site", true), new UnitTree.Node(closedWard, site, "Old Ward", false));

    @Test
    void parentsComeBeforeTheirSubunitsWhateverTheRowOrder() {
        List<UnitUploadPlan.Step> steps = UnitUploadPlan.of(
                List.of(
                        draft(2, "Cedar Ward", UnitKind.WARD, "Acute Service"),
                        draft(3, "Acute Service", UnitKind.SERVICE, "north site"),
                        draft(4, "Old Ward", UnitKind.WARD, site.toString())),
                existing);
        assertThat(steps).extracting(s -> s.draft().row()).containsExactly(3, 4, 2);
        assertThat(steps.get(0).existingParent()).isEqualTo(site);
        assertThat(steps.get(1).existingParent())
                .as("a parent by id; and a closed unit's name is free again")
                .isEqualTo(site);
        assertThat(steps.get(2).parentRow()).isEqualTo(3);
    }

    @Test
    void everyProblemOfEveryRowIsReportedInRowOrder() {
        assertThatThrownBy(() -> UnitUploadPlan.of(
                        List.of(
                                draft(2, "A", UnitKind.TEAM, "B"),
                                draft(3, "B", UnitKind.TEAM, "A"),
                                draft(4, "C", UnitKind.TEAM, "Nowhere"),
                                draft(5, "D", UnitKind.TEAM, "C"),
                                draft(6, "E", UnitKind.TEAM, closedWard.toString())),
                        existing))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("row 2.parent", "row 3.parent", "row 4.parent", "row 6.parent"));
    }

    @Test
    void namesMustBeFreeAndOnceInTheFile() {
        assertThatThrownBy(() -> UnitUploadPlan.of(
                        List.of(
                                draft(2, "north SITE", UnitKind.SITE, null),
                                draft(3, "Twin", UnitKind.TEAM, null),
                                draft(4, "twin", UnitKind.TEAM, null)),
                        existing))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).errors())
                        .extracting(FieldError::message)
                        .containsExactly(
                                "an open unit of this Trust is already named 'north SITE'",
                                "'twin' is also row 3 of this file"));
    }

    @Test
    void aChainOfRowsStopsAtFourLevels() {
        List<UnitCsv.Draft> rows = new ArrayList<>();
        rows.add(draft(2, "L2", UnitKind.SERVICE, "North Site"));
        rows.add(draft(3, "L3", UnitKind.WARD, "L2"));
        rows.add(draft(4, "L4", UnitKind.TEAM, "L3"));
        assertThat(UnitUploadPlan.of(rows, existing)).hasSize(3);
        rows.add(draft(5, "L5", UnitKind.TEAM, "L4"));
        assertThatThrownBy(() -> UnitUploadPlan.of(rows, existing))
                .isInstanceOf(ApiException.class)
                .satisfies(e ->
                        assertThat(((ApiException) e).errors().get(0).message()).contains("at most 4 levels"));
    }

    private static UnitCsv.Draft draft(int row, String name, UnitKind kind, String parent) {
        return new UnitCsv.Draft(row, new UnitRequest(name, kind, null, null, null, null), parent);
    }
}
