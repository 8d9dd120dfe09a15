package org.imroc.tracker.support;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;

/** Tokens the service must refuse, made the way an attacker or a bug would make them. */
public final class ForgedTokens {

    private ForgedTokens() {}

    /** Signed with the service's own key but expired an hour ago. */
    public static String expired(String userId) {
        Instant past = Instant.now().minusSeconds(7200);
        return Jwt.issuer("imroc-tracker")
                .audience("imroc-tracker-api")
                .subject(userId)
                .issuedAt(past)
                .expiresAt(past.plusSeconds(3600))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(serviceKey());
    }

    /** Signed with the service's own key, valid, but for another audience. */
    public static String wrongAudience(String userId) {
        Instant now = Instant.now();
        return Jwt.issuer("imroc-tracker")
                .audience("some-other-api")
                .subject(userId)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(serviceKey());
    }

    /** Well-formed and unexpired, but signed by a key the service does not know. */
    public static String signedByAnotherKey(String userId) {
        try {
            Instant now = Instant.now();
            return Jwt.issuer("imroc-tracker")
                    .audience("imroc-tracker-api")
                    .subject(userId)
                    .issuedAt(now)
                    .expiresAt(now.plusSeconds(600))
                    .jws()
                    .algorithm(SignatureAlgorithm.RS256)
                    .sign(KeyUtils.generateKeyPair(2048).getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg: none}) with valid claims. */
    public static String unsigned(String userId) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"imroc-tracker\",\"aud\":\"imroc-tracker-api\",\"sub\":\"" + userId + "\",\"iat\":"
                + now + ",\"exp\":" + (now + 600) + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static PrivateKey serviceKey() {
        try {
            Path dir = Path.of(ConfigProvider.getConfig().getValue("tracker.data-dir", String.class), "jwt");
            return KeyUtils.decodePrivateKey(Files.readString(dir.resolve("signing-key.pem")));
        } catch (Exception e) {
            throw new IllegalStateException("The test service's signing key could not be read", e);
        }
    }
}
