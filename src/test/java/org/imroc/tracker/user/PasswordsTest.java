package org.imroc.tracker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

/** bcrypt cost: tests may hash cheaply, the packaged service never; and every byte of a password counts. */
class PasswordsTest {

    @Test
    void thePackagedServiceRefusesACostBelowTwelve() {
        assertThatThrownBy(() -> new Passwords(11, LaunchMode.NORMAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tracker.auth.bcrypt-cost must be at least 12");
        assertThat(new Passwords(12, LaunchMode.NORMAL).hash("correct horse battery"))
                .startsWith("$2a$12$");
    }

    @Test
    void testsMayHashCheaplyAndStillVerifyHashesOfAnyCost() {
        Passwords cheap = new Passwords(4, LaunchMode.TEST);
        String hash = cheap.hash("correct horse battery");
        assertThat(hash).startsWith("$2a$04$");
        assertThat(cheap.matches("correct horse battery", hash)).isTrue();
        assertThat(cheap.matches("wrong horse battery", hash)).isFalse();
        String production = new Passwords(12, LaunchMode.NORMAL).hash("correct horse battery");
        assertThat(cheap.matches("correct horse battery", production)).isTrue();
    }

    /** 24 euro signs are 72 bytes in UTF-8: all that bcrypt reads of a 72-character password that starts with them. */
    private static final String EUROS = "\u20ac".repeat(24);

    @Test
    void aPasswordBcryptWouldCutShortIsNeverHashed() {
        Passwords passwords = new Passwords(4, LaunchMode.TEST);
        String long72Characters = EUROS + "x".repeat(48);
        assertThat(long72Characters).hasSize(72);
        assertThatThrownBy(() -> passwords.hash(long72Characters))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("72 bytes");
        assertThat(passwords.hash(EUROS)).startsWith("$2a$04$");
    }

    @Test
    void aPasswordOverSeventyTwoBytesNeverMatchesEvenTheHashOfItsFirstSeventyTwo() {
        Passwords passwords = new Passwords(4, LaunchMode.TEST);
        String hashOfPrefix = passwords.hash(EUROS);
        assertThat(passwords.matches(EUROS, hashOfPrefix)).isTrue();
        assertThat(passwords.matches(EUROS + "x", hashOfPrefix)).isFalse();
        assertThat(passwords.matches(EUROS + "x".repeat(48), hashOfPrefix)).isFalse();
    }
}
