package org.imroc.tracker.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The integration key's rules, checked without starting the service. */
class ApiKeyRulesTest {

    @Test
    void keyIsUsableThroughItsLastDayAndNotAfterRevocation() {
        LocalDate last = LocalDate.of(2026, 3, 31);
        ApiKey key = new ApiKey("k", "hash", "imk_abcdefgh", Set.of(), true, last, null, UUID.randomUUID());
        assertThat(key.isUsableOn(last)).isTrue();
        assertThat(key.isUsableOn(last.plusDays(1))).isFalse();
        key.revoke();
        assertThat(key.isUsableOn(last.minusDays(10))).isFalse();
    }

    @Test
    void keySecretsCarryThePrefixAnd256RandomBits() {
        String key = ApiKeySecrets.generate();
        assertThat(key).startsWith("imk_").hasSize(4 + 43);
        assertThat(ApiKey.looksLikeKey(key)).isTrue();
        assertThat(ApiKeySecrets.hash(key)).hasSize(64).isEqualTo(ApiKeySecrets.hash(key));
        assertThat(ApiKeySecrets.generate()).isNotEqualTo(key);
    }
}
