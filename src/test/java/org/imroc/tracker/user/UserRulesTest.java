package org.imroc.tracker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.caller.Role;
import org.junit.jupiter.api.Test;

/** The user's rules, checked without starting the service. */
class UserRulesTest {

    @Test
    void removingTheOnlyActiveAdministratorIsRefused() {
        assertThat(UserService.leavesNoAdministrator(1)).isTrue();
        assertThat(UserService.leavesNoAdministrator(2)).isFalse();
    }

    @Test
    void usersHoldNoIntegrationRole() {
        User user = new User("jo", "hash");
        assertThatThrownBy(() -> user.assign(Role.INTEGRATION, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitLeadAndOnlyAUnitLeadHasUnits() {
        User user = new User("jo", "hash");
        Set<UUID> trust = Set.of(UUID.randomUUID());
        Set<UUID> ward = Set.of(UUID.randomUUID());
        assertThatThrownBy(() -> user.assign(Role.UNIT_LEAD, trust)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> user.assign(Role.TRUST_LEAD, trust, ward))
                .isInstanceOf(IllegalArgumentException.class);

        user.assign(Role.UNIT_LEAD, trust, ward);
        assertThat(user.getUnitIds()).isEqualTo(ward);
        user.assign(Role.TRUST_LEAD, trust);
        assertThat(user.getUnitIds()).isEmpty();
    }
}
