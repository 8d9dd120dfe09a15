package org.imroc.tracker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

/** bcrypt cost: tests may hash cheaply, the packaged service never. */
class PasswordsTest {

    @Test
    void thePackagedServiceRefusesACostBelowTwelve() {
        assertThatThrownBy(() -> new Passwords(11, LaunchMode.NORMAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tracker.auth.bcrypt-cost must be at least 12");
        assertThat(new Passwords(12, LaunchMode.NORMAL).hash("correct horse battery")).startsWith("$2a$12$");
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
}
