import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * An identity provider for bench/run's "read with an IdP token" (issue 27), standing in for a Keycloak realm: it
 * serves an OpenID discovery document and its JSON Web Key Set on the loopback, connects itself to a Trust
 * (POST /api/v1/trusts/{id}/identity-providers, groups trust-leads → TRUST_LEAD, as scripts/IdpTest.java connects
 * Keycloak's realms), signs an access token shaped as Keycloak's (RS256, kid, iss, aud tracker, typ Bearer,
 * preferred_username, groups), checks that the service takes it (GET /api/v1/me, which also creates the user at its
 * first token), writes it to <out-dir>/idp-token.txt, and serves until it is stopped.
 *
 * The service verifies such a token locally: it reads the keys once when it first meets the issuer and never calls
 * the provider per request, so the read measures the service's per-request work for a provider's token, as with a
 * Keycloak token (scripts/idp-ci.sh runs the real Keycloak; it needs Java 25 and a download, so bench/run does not).
 * The key is generated at start and never written anywhere.
 *
 * Usage: java bench/IdpStub.java <service base-url> <admin token> <trust id> <out-dir>
 */
public class IdpStub {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = args[1];
        String trustId = args[2];
        Path out = Path.of(args[3]);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        String kid = UUID.randomUUID().toString();
        RSAPublicKey pub = (RSAPublicKey) key.getPublic();

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bench";
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\","
                + "\"authorization_endpoint\":\"" + issuer + "/protocol/openid-connect/auth\",\"token_endpoint\":\""
                + issuer + "/protocol/openid-connect/token\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"" + kid + "\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + b64(unsigned(pub.getModulus())) + "\",\"e\":\"" + b64(unsigned(pub.getPublicExponent())) + "\"}]}";
        serveJson(server, "/realms/bench/.well-known/openid-configuration", discovery);
        serveJson(server, "/realms/bench/protocol/openid-connect/certs", jwks);
        server.start();
        try {
            connect(base, admin, trustId, out, issuer, kid, key);
        } catch (Exception e) {
            e.printStackTrace();
            server.stop(0);
            System.exit(1);
        }
    }

    static void connect(String base, String admin, String trustId, Path out, String issuer, String kid, KeyPair key)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String provider = "{\"issuer\":\"" + issuer + "\",\"audience\":\"tracker\",\"usernameClaim\":"
                + "\"preferred_username\",\"rolesClaim\":\"groups\",\"roleMappings\":[{\"claimValue\":\"trust-leads\","
                + "\"role\":\"TRUST_LEAD\"}],\"localSignIn\":false,\"active\":true}";
        HttpResponse<String> connected = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/trusts/" + trustId + "/identity-providers"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(provider)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (connected.statusCode() != 201) {
            throw new IllegalStateException("connecting the provider → " + connected.statusCode() + ": "
                    + connected.body());
        }
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
        String claims = "{\"exp\":" + (now + 3600) + ",\"iat\":" + now + ",\"jti\":\"" + UUID.randomUUID()
                + "\",\"iss\":\"" + issuer + "\",\"aud\":[\"tracker\",\"account\"],\"sub\":\"" + UUID.randomUUID()
                + "\",\"typ\":\"Bearer\",\"azp\":\"tracker\",\"scope\":\"profile email\",\"preferred_username\":"
                + "\"bench.idp.lead\",\"groups\":[\"trust-leads\"]}";
        String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key.getPrivate());
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        String token = input + "." + b64(signature.sign());
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (me.statusCode() != 200 || !me.body().contains("TRUST_LEAD")) {
            throw new IllegalStateException("the provider's token → " + me.statusCode() + ": " + me.body());
        }
        Files.writeString(out.resolve("idp-token.txt.part"), token);
        Files.move(out.resolve("idp-token.txt.part"), out.resolve("idp-token.txt"));
        System.out.println("idp: " + issuer + " connected to Trust " + trustId + "; its Trust lead's token is taken");
    }

    static byte[] unsigned(BigInteger n) {
        byte[] bytes = n.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Answers GET {@code path} with the JSON document, as a realm serves its discovery document and keys. */
    static void serveJson(HttpServer server, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
