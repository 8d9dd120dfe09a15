package org.imroc.tracker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
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
}
