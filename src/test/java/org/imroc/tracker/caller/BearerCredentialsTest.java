package org.imroc.tracker.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerCredentialsTest {

    @Test
    void takesTheCredentialAfterTheSchemeWhateverItsCase() {
        assertEquals(Optional.of("abc.def.ghi"), BearerCredentials.from("Bearer abc.def.ghi"));
        assertEquals(Optional.of("abc.def.ghi"), BearerCredentials.from("bearer abc.def.ghi"));
        assertEquals(Optional.of("abc.def.ghi"), BearerCredentials.from("BEARER   abc.def.ghi  "));
    }

    @Test
    void noHeaderOrAnotherSchemeGivesNothing() {
        assertEquals(Optional.empty(), BearerCredentials.from(null));
        assertEquals(Optional.empty(), BearerCredentials.from("Basic dXNlcjpwYXNz"));
        assertEquals(Optional.empty(), BearerCredentials.from("Bearer"));
        assertEquals(Optional.empty(), BearerCredentials.from("Bearerabc"));
    }

    @Test
    void theSchemeAloneGivesNothing() {
        assertEquals(Optional.empty(), BearerCredentials.from("Bearer "));
        assertEquals(Optional.empty(), BearerCredentials.from("Bearer    "));
    }
}
