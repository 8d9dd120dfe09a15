package org.imroc.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.junit.jupiter.api.Test;

/** The rules that need a Trust's whole tree of units, without Quarkus. */
class UnitTreeTest {

    private final UUID site = UUID.randomUUID();
    private final UUID service = UUID.randomUUID();
    private final UUID ward = UUID.randomUUID();
    private final UUID team = UUID.randomUUID();
    private final UUID closed = UUID.randomUUID();
    private final UnitTree tree = new UnitTree(List.of(
            new UnitTree.Node(team, ward, "Team", true), // children may come before their parents
            new UnitTree.Node(site, null, "Site", true),
            new UnitTree.Node(service, site, "Service", true),
            new UnitTree.Node(ward, service, "Ward", true),
            new UnitTree.Node(closed, site, "Old ward", false)));

    @Test
    void depthCountsLevelsFromTheTop() {
        assertThat(tree.depth(site)).isEqualTo(1);
        assertThat(tree.depth(team)).isEqualTo(4);
        assertThat(tree.below(site)).isEqualTo(Set.of(service, ward, team, closed));
        assertThat(tree.openChildren(site)).extracting(UnitTree.Node::id).containsExactly(service);
    }

    @Test
    void aNewUnitMayGoUnderAnOpenUnitAboveTheFourthLevel() {
        assertThatNoException().isThrownBy(() -> tree.requirePlace(null, ward, "parentId"));
        assertThatNoException().isThrownBy(() -> tree.requirePlace(null, null, "parentId"));
        assertRefused(() -> tree.requirePlace(null, team, "parentId"), "at most 4 levels");
        assertRefused(() -> tree.requirePlace(null, closed, "parentId"), "closed");
        assertRefused(() -> tree.requirePlace(null, UUID.randomUUID(), "parentId"), "same Trust");
    }

    @Test
    void aMovedUnitTakesItsSubunitsAndMayNotGoUnderThem() {
        assertRefused(() -> tree.requirePlace(site, ward, "parentId"), "subunits");
        assertRefused(() -> tree.requirePlace(site, site, "parentId"), "itself");
        // the service with its ward and team is three levels: under the site it makes four, under the ward six
        assertThatNoException().isThrownBy(() -> tree.requirePlace(service, site, "parentId"));
        UUID otherSite = UUID.randomUUID();
        UUID otherService = UUID.randomUUID();
        tree.add(new UnitTree.Node(otherSite, null, "Other site", true));
        tree.add(new UnitTree.Node(otherService, otherSite, "Other service", true));
        assertRefused(() -> tree.requirePlace(service, otherService, "parentId"), "this would make 5");
        assertThatNoException().isThrownBy(() -> tree.requirePlace(ward, otherService, "parentId"));
    }

    private static void assertRefused(Runnable check, String message) {
        assertThatThrownBy(check::run)
                .isInstanceOf(ApiException.class)
                .satisfies(e ->
                        assertThat(((ApiException) e).errors().get(0).message()).contains(message));
    }
}
