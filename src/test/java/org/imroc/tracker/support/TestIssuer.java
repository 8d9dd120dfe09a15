package org.imroc.tracker.support;

import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenID Connect issuer on 127.0.0.1 for tests where a running Keycloak is not needed (the Keycloak test in
 * .ci/run covers a real one): it serves a discovery document and a JWKS, and signs access tokens with its RS256 key.
 * It counts what it is asked for, so a test can say that nothing was fetched.
 */
public final class TestIssuer implements AutoCloseable {

    private final HttpServer server;
    private final String issuer;
    private volatile KeyPair keys;
    private volatile String keyId;
    private volatile String advertisedIssuer;
    private final AtomicInteger discoveryReads = new AtomicInteger();
    private final AtomicInteger keyReads = new AtomicInteger();

    public TestIssuer(String realm) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/" + realm;
        advertisedIssuer = issuer;
        rotateKey();
        server.createContext("/realms/" + realm + "/.well-known/openid-configuration", exchange -> {
            discoveryReads.incrementAndGet();
            send(
                    exchange,
                    "{\"issuer\":\"" + advertisedIssuer + "\",\"jwks_uri\":\"" + issuer
                            + "/protocol/openid-connect/certs\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
        });
        server.createContext("/realms/" + realm + "/protocol/openid-connect/certs", exchange -> {
            keyReads.incrementAndGet();
            send(exchange, jwks());
        });
        server.start();
    }

    public String issuer() {
        return issuer;
    }

    /** A new signing key with a new key id (a rotation at the provider). */
    public void rotateKey() {
        try {
            keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        keyId = "k-" + System.nanoTime();
    }

    /** The discovery document names this issuer instead of the real one. */
    public void advertise(String otherIssuer) {
        advertisedIssuer = otherIssuer;
    }

    public int discoveryReads() {
        return discoveryReads.get();
    }

    public int keyReads() {
        return keyReads.get();
    }

    /** Valid claims for the audience "tracker": issued now, for 5 minutes. */
    public JwtClaimsBuilder claims(String subject, String username, List<String> groups) {
        Instant now = Instant.now();
        return Jwt.issuer(issuer)
                .audience("tracker")
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300))
                .claim("preferred_username", username)
                .claim("name", "Test " + username)
                .claim("groups", groups);
    }

    public String token(String subject, String username, List<String> groups) {
        return sign(claims(subject, username, groups));
    }

    public String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(keyId).algorithm(SignatureAlgorithm.RS256).sign(keys.getPrivate());
    }

    /** Signed with a key the issuer never published, under its current key id. */
    public String signWithOtherKey(JwtClaimsBuilder claims) {
        try {
            return claims.jws()
                    .keyId(keyId)
                    .algorithm(SignatureAlgorithm.RS256)
                    .sign(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private String jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\",\"n\":\""
                + base64(key.getModulus()) + "\",\"e\":\"" + base64(key.getPublicExponent()) + "\"}]}";
    }

    private static String base64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
