package org.imroc.tracker.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Integration key secrets: {@code imk_} followed by 256 random bits from a CSPRNG, URL-safe. Being random and long,
 * a key is stored as its SHA-256 (a slow hash would add nothing and cost every request).
 */
final class ApiKeySecrets {

    static final String PREFIX = "imk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {}

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
