package org.imroc.tracker.apikey;

import java.security.SecureRandom;
import java.util.Base64;
import org.imroc.tracker.common.digest.Sha256;

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
        return Sha256.hex(key);
    }
}
