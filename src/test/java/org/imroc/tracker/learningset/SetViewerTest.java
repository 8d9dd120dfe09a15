package org.imroc.tracker.learningset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.persistence.TrustScope;
import org.junit.jupiter.api.Test;

/**
 * Who sees what of a learning set, decided without Quarkus: every kind of viewer against one set run by one
 * facilitator, with Trust A (a lead's Trust) and Trust B (another's) as members.
 */
class SetViewerTest {

    private static final UUID FACILITATOR = UUID.randomUUID();
    private static final UUID TRUST_A = UUID.randomUUID();
    private static final UUID TRUST_B = UUID.randomUUID();

    private static LearningSet set() {
        LearningSet set = new LearningSet("No Force First", LearningSetStatus.ACTIVE);
        set.facilitatedBy(Set.of(FACILITATOR));
        return set;
    }

    private static SetViewer consultant(UUID id, UUID... trusts) {
        return new SetViewer(id, Role.CONSULTANT, TrustScope.only(Set.of(trusts)));
    }

    @Test
    void anAdministratorManagesAndNamesEverything() {
        SetViewer admin = new SetViewer(UUID.randomUUID(), Role.ADMIN, TrustScope.everyTrust());
        assertThat(admin.seesEverySet()).isTrue();
        assertThat(admin.manages(set())).isTrue();
        assertThat(admin.names(set(), TRUST_B)).isTrue();
        assertThat(admin.namesEverywhere(TRUST_B)).isTrue();
        assertThat(admin.scopeWithin(set()).all()).isTrue();
    }

    @Test
    void theFacilitatorManagesTheirSetAndNamesItsMembersThereOnly() {
        SetViewer facilitator = consultant(FACILITATOR, TRUST_A);
        assertThat(facilitator.seesEverySet()).isFalse();
        assertThat(facilitator.mayFacilitate()).isTrue();
        assertThat(facilitator.manages(set())).isTrue();
        assertThat(facilitator.names(set(), TRUST_B)).isTrue();
        assertThat(facilitator.namesEverywhere(TRUST_B))
                .as("outside their set, B is a letter")
                .isFalse();
        assertThat(facilitator.scopeWithin(set()).all()).isTrue();
    }

    @Test
    void anotherConsultantNeitherManagesNorNamesOutsideTheirScope() {
        SetViewer other = consultant(UUID.randomUUID(), TRUST_A);
        assertThat(other.mayFacilitate()).isTrue();
        assertThat(other.manages(set())).isFalse();
        assertThat(other.names(set(), TRUST_A)).isTrue();
        assertThat(other.names(set(), TRUST_B)).isFalse();
        assertThat(other.scopeWithin(set()).includes(TRUST_B)).isFalse();
    }

    @Test
    void aFacilitatorWhoseRoleChangedKeepsNoRights() {
        SetViewer demoted = new SetViewer(FACILITATOR, Role.TRUST_LEAD, TrustScope.only(Set.of(TRUST_A)));
        assertThat(demoted.mayFacilitate()).isFalse();
        assertThat(demoted.manages(set())).isFalse();
        assertThat(demoted.names(set(), TRUST_B)).isFalse();
    }

    @Test
    void aKeyNeverFacilitatesAndAnAllTrustKeySeesEverySetByName() {
        SetViewer scopedKey = new SetViewer(null, Role.INTEGRATION, TrustScope.only(Set.of(TRUST_A)));
        assertThat(scopedKey.mayFacilitate()).isFalse();
        assertThat(scopedKey.seesEverySet()).isFalse();
        assertThat(scopedKey.names(set(), TRUST_B)).isFalse();
        SetViewer allKey = new SetViewer(null, Role.INTEGRATION, TrustScope.everyTrust());
        assertThat(allKey.seesEverySet()).isTrue();
        assertThat(allKey.manages(set())).isFalse();
        assertThat(allKey.namesEverywhere(TRUST_B)).isTrue();
    }
}
