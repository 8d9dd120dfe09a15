package org.imroc.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The security rules that live on entities, checked without starting the service. */
class SecurityRulesTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Test
    void throttleLocksAfterTheFifthFailureWithinTheWindow() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        LoginThrottle throttle = new LoginThrottle("jo", start);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(start.plusSeconds(i), 5, WINDOW);
            assertThat(throttle.secondsLocked(start.plusSeconds(i))).isZero();
        }
        throttle.recordFailure(start.plusSeconds(10), 5, WINDOW);
        assertThat(throttle.secondsLocked(start.plusSeconds(10))).isEqualTo(WINDOW.toSeconds());
        assertThat(throttle.secondsLocked(start.plusSeconds(10).plus(WINDOW))).isZero();
    }

    @Test
    void failuresOutsideTheWindowStartAgain() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        LoginThrottle throttle = new LoginThrottle("jo", start);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(start, 5, WINDOW);
        }
        Instant later = start.plus(WINDOW).plusSeconds(1);
        throttle.recordFailure(later, 5, WINDOW);
        assertThat(throttle.secondsLocked(later)).isZero();
    }

    @Test
    void keyIsUsableThroughItsLastDayAndNotAfterRevocation() {
        LocalDate last = LocalDate.of(2026, 3, 31);
        ApiKey key = new ApiKey("k", "hash", "imk_abcdefgh", Set.of(), last, UUID.randomUUID());
        assertThat(key.isUsableOn(last)).isTrue();
        assertThat(key.isUsableOn(last.plusDays(1))).isFalse();
        key.revoke();
        assertThat(key.isUsableOn(last.minusDays(10))).isFalse();
    }

    @Test
    void keySecretsCarryThePrefixAnd256RandomBits() {
        String key = ApiKeySecrets.generate();
        assertThat(key).startsWith("imk_").hasSize(4 + 43);
        assertThat(ApiKeySecrets.hash(key)).hasSize(64).isEqualTo(ApiKeySecrets.hash(key));
        assertThat(ApiKeySecrets.generate()).isNotEqualTo(key);
    }

    @Test
    void removingTheOnlyActiveAdministratorIsRefused() {
        assertThat(UserService.leavesNoAdministrator(1)).isTrue();
        assertThat(UserService.leavesNoAdministrator(2)).isFalse();
    }

    @Test
    void usersHoldNoIntegrationRole() {
        User user = new User("jo", "hash");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> user.assign(Role.INTEGRATION, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
