package org.imroc.tracker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The tenant resolver reads a bearer token's issuer to choose an identity provider. The tracker's own tokens, once
 * verified, are known without that parse (issue 27: it was a JSON parse on the event loop on every request).
 */
@QuarkusTest
class OwnTokenTenantTest {

    @Inject
    ProviderTenants tenants;

    @Test
    void anOwnTokenIsParsedForItsIssuerOnlyUntilItHasBeenVerified() {
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(TestData.createTrust(TestData.uniqueName("Own"))));
        long before = tenants.parsed();
        lead.request().get("/api/v1/me").then().statusCode(200);
        long afterFirst = tenants.parsed();
        assertThat(afterFirst)
                .as("the first request's token is not yet known: parsed")
                .isGreaterThan(before);

        for (int i = 0; i < 5; i++) {
            lead.request().get("/api/v1/me").then().statusCode(200);
        }
        assertThat(tenants.parsed()).as("parses after the token was verified").isEqualTo(afterFirst);
    }

    @Test
    void anotherIssuersTokenIsReadForItsIssuerAndTheTrackersOwnNever() {
        assertThat(tenants.foreignIssuer("Bearer " + jws("{\"iss\":\"https://idp.example\"}")))
                .isEqualTo("https://idp.example");
        Api.TestUser lead = Api.createUser("TRUST_LEAD", List.of(TestData.createTrust(TestData.uniqueName("Own"))));
        assertThat(tenants.foreignIssuer("Bearer " + lead.token() + "x")).isNull();
        assertThat(tenants.foreignIssuer("Bearer imk_notatoken")).isNull();
        assertThat(tenants.foreignIssuer(null)).isNull();
    }

    private static String jws(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
