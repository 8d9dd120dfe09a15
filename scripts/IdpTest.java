import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sign-in through a real identity provider: Keycloak with two realms, one per Trust, and the packaged service.
 * Generates an RSA key (and a certificate for it, with keytool) at run time, writes realm imports for trust-a and
 * trust-b (users in groups mapped to roles, an audience mapper, a groups claim, a second client whose tokens are
 * not meant for the tracker; trust-a signs with the generated key), starts Keycloak (start-dev, its own JDK) and
 * the service on a fresh embedded database, and checks: a Trust lead of A signs in by Keycloak and sees only A; a
 * token of B is refused for A's data; a group change in Keycloak changes the role on the next token; a user with
 * no mapped group is refused with 403 naming the groups; a user disabled in the tracker is refused; forged tokens
 * (other key with the realm key's kid, wrong aud, expired, alg none, HS256 keyed with the public key, unknown
 * issuer) are 401 while a token the test signs with the realm's real key and valid claims is accepted; an inactive
 * or deleted provider's tokens are refused at once. Prints one line per check and exits 1 if any failed.
 *
 * Usage: java scripts/IdpTest.java <quarkus-run.jar> <keycloak-home> [--keycloak-only]
 *   keycloak-home: an unpacked org.keycloak:keycloak-quarkus-dist; its data/ (H2 and import) is replaced.
 *   --keycloak-only: check the Keycloak half (realms, tokens, forged tokens' shape) without the service.
 *   Keycloak runs with KEYCLOAK_JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64): it needs Java 21 or later.
 */
public class IdpTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String KEYCLOAK_JAVA = System.getenv().getOrDefault("KEYCLOAK_JAVA_HOME",
            "/usr/lib/jvm/temurin-25-jdk-amd64");
    static final String ADMIN_PASSWORD = "idp-" + UUID.randomUUID();
    static final String KC_ADMIN_PASSWORD = "kc-" + UUID.randomUUID();
    static final Map<String, String> PASSWORDS = new LinkedHashMap<>();
    static final List<Process> PROCESSES = new ArrayList<>();
    static final List<String> PROBLEMS = new ArrayList<>();
    static final long STARTED = System.nanoTime();
    static int failures;
    static Path work;
    static Path pidFile;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path kcHome = Path.of(args[1]).toAbsolutePath();
        boolean keycloakOnly = args.length > 2 && args[2].equals("--keycloak-only");
        Runtime.getRuntime().addShutdownHook(new Thread(IdpTest::stopAll));
        work = Files.createTempDirectory("idp-test-");
        for (String user : List.of("alice", "bob", "carol", "dave")) {
            PASSWORDS.put(user, "pw-" + UUID.randomUUID());
        }

        // trust-a signs with a key made here, so the test can sign tokens Keycloak could have issued
        Path store = work.resolve("trust-a.p12");
        String storePassword = "st-" + UUID.randomUUID();
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias",
                "trust-a", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=trust-a",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", storePassword));
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            keyStore.load(in, storePassword.toCharArray());
        }
        PrivateKey realmKey = (PrivateKey) keyStore.getKey("trust-a", storePassword.toCharArray());
        Certificate realmCert = keyStore.getCertificate("trust-a");
        PublicKey realmPublic = realmCert.getPublicKey();
        Files.delete(store);

        Path data = kcHome.resolve("data");
        for (String dir : List.of("h2", "import", "transaction-logs")) {
            deleteTree(data.resolve(dir));
        }
        Files.createDirectories(data.resolve("import"));
        Files.writeString(data.resolve("import/trust-a.json"), realm("trust-a",
                Map.of("alice", "trust-leads", "bob", "ward-leads", "carol", ""),
                pem("PRIVATE KEY", realmKey.getEncoded()), pem("CERTIFICATE", realmCert.getEncoded())));
        Files.writeString(data.resolve("import/trust-b.json"), realm("trust-b", Map.of("dave", "trust-leads"),
                null, null));

        int kcPort = freePort();
        String kc = "http://127.0.0.1:" + kcPort;
        Path kcLog = work.resolve("keycloak.log");
        pidFile = data.resolve("idp-test.pids");
        Files.deleteIfExists(pidFile);
        ProcessBuilder keycloak = new ProcessBuilder(grouped(kcHome.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port", Integer.toString(kcPort), "--import-realm", "--db=dev-mem")).directory(kcHome.toFile())
                .redirectErrorStream(true).redirectOutput(kcLog.toFile());
        keycloak.environment().put("JAVA_HOME", KEYCLOAK_JAVA);
        // C1 only: Keycloak starts (and augments itself for dev mode) in about half the time on two cores
        keycloak.environment().putIfAbsent("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        keycloak.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        keycloak.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", KC_ADMIN_PASSWORD);
        long kcStarting = System.nanoTime();
        Process kcProcess = started(keycloak);

        // the service starts alongside Keycloak
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        Path serviceDir = Files.createDirectory(work.resolve("service"));
        Path serviceLog = serviceDir.resolve("service.log");
        Process service = null;
        long serviceStarting = System.nanoTime();
        if (!keycloakOnly) {
            ProcessBuilder builder = new ProcessBuilder(grouped(Path.of(System.getProperty("java.home"), "bin",
                    "java").toString(), "-jar", jar.toString())).directory(serviceDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(serviceLog.toFile());
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("TRACKER_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("TRACKER_IDENTITY_ALLOW_INSECURE_HTTP", "true"); // Keycloak on 127.0.0.1
            builder.environment().put("TRACKER_IDENTITY_ALLOWED_TARGETS", "127.0.0.1");
            service = started(builder);
        }
        Process serviceProcess = service;
        java.util.concurrent.CompletableFuture<Boolean> serviceReady = keycloakOnly ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    boolean ready = ready(serviceProcess, base + "/q/health/ready", 150);
                    System.out.printf("idp: the service %s after %.1f s (%s)%n", ready ? "was ready" : "was NOT ready",
                            seconds(serviceStarting), base);
                    return ready;
                });

        awaitReady(kcProcess, kc + "/realms/trust-a/.well-known/openid-configuration", 240, "Keycloak", kcLog);
        System.out.printf("idp: Keycloak %s ready in %.1f s (start-dev, realms imported; log %s)%n",
                version(kcHome), seconds(kcStarting), kcLog);
        String issuerA = kc + "/realms/trust-a";
        String issuerB = kc + "/realms/trust-b";

        // ---- the Keycloak half: real tokens carry what the tracker maps
        String alice = password("trust-a", "tracker", "alice", kc);
        String[] aliceParts = alice.split("\\.");
        String alicePayload = decode(aliceParts[1]);
        check(str(alicePayload, "iss").equals(issuerA), "a password-grant token of trust-a has iss " + issuerA);
        check(strings(alicePayload, "aud").contains("tracker"), "its aud contains tracker: " + strings(alicePayload,
                "aud"));
        check(strings(alicePayload, "groups").equals(List.of("trust-leads")), "its groups claim has the group's "
                + "name, not its path: " + strings(alicePayload, "groups"));
        check(str(alicePayload, "preferred_username").equals("alice"), "its preferred_username is alice");
        String kid = str(decode(aliceParts[0]), "kid");
        check(verifies(alice, realmPublic), "trust-a signs with the key generated by this test (kid " + kid + ")");
        String dave = password("trust-b", "tracker", "dave", kc);
        check(str(decode(dave.split("\\.")[1]), "iss").equals(issuerB) && !verifies(dave, realmPublic),
                "trust-b's token has its own issuer and its own key");
        String bob = password("trust-a", "tracker", "bob", kc);
        check(strings(decode(bob.split("\\.")[1]), "groups").equals(List.of("ward-leads")), "bob's token has groups "
                + "[ward-leads]");
        String carol = password("trust-a", "tracker", "carol", kc);
        check(strings(decode(carol.split("\\.")[1]), "groups").isEmpty(), "carol's token has no group");
        String otherApp = password("trust-a", "other-app", "alice", kc);
        check(!strings(decode(otherApp.split("\\.")[1]), "aud").contains("tracker"), "a token of client other-app "
                + "has no tracker in aud: " + strings(decode(otherApp.split("\\.")[1]), "aud"));
        String kcAdmin = password("master", "admin-cli", "admin", kc);

        // tokens the test signs: the realm's real key or another key with the same kid
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair otherKey = generator.genKeyPair();
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
        String control = rs256(header, claims(issuerA, "tracker", "erin", "trust-leads", now, now + 300), realmKey);
        String otherSigned = rs256(header, claims(issuerA, "tracker", "mallory", "trust-leads", now, now + 300),
                otherKey.getPrivate());
        String wrongAud = rs256(header, claims(issuerA, "other", "mallory", "trust-leads", now, now + 300), realmKey);
        String expired = rs256(header, claims(issuerA, "tracker", "mallory", "trust-leads", now - 900, now - 600),
                realmKey);
        String unknownIssuer = rs256(header, claims(kc + "/realms/unknown", "tracker", "mallory", "trust-leads", now,
                now + 300), realmKey);
        String crossIssuer = rs256(header, claims(issuerB, "tracker", "dave", "trust-leads", now, now + 300),
                realmKey);
        String noExp = rs256(header, claims(issuerA, "tracker", "mallory", "trust-leads", now, now + 300)
                .replaceFirst("\"exp\":\\d+,", ""), realmKey);
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64(claims(issuerA, "tracker", "mallory", "trust-leads", now, now + 300)
                .getBytes(StandardCharsets.UTF_8)) + ".";
        String hs256 = hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}",
                claims(issuerA, "tracker", "mallory", "trust-leads", now, now + 300),
                pem("PUBLIC KEY", realmPublic.getEncoded()).getBytes(StandardCharsets.UTF_8));
        check(verifies(control, realmPublic) && verifies(wrongAud, realmPublic) && verifies(expired, realmPublic)
                && !verifies(otherSigned, realmPublic), "forged tokens built: the control, wrong-aud and expired ones "
                + "verify with the realm's key, the other-key one does not");

        if (keycloakOnly) {
            moveBob(kc, kcAdmin);
            String after = password("trust-a", "tracker", "bob", kc);
            check(strings(decode(after.split("\\.")[1]), "groups").equals(List.of("trust-leads")), "after the move "
                    + "in Keycloak's admin API, bob's next token has groups [trust-leads]");
            finish();
            return;
        }

        // ---- the service
        if (!serviceReady.get()) {
            tail(serviceLog);
            fail("the service did not start; see " + serviceLog);
        }
        String admin = signIn(base);
        String trustA = id(send(base, "POST", "/api/v1/trusts", admin, "{\"name\":\"Keycloak Trust A\","
                + "\"odsCode\":\"KCA\",\"region\":\"North West\",\"services\":[\"ADULT\"]}", Map.of()), 201);
        String trustB = id(send(base, "POST", "/api/v1/trusts", admin, "{\"name\":\"Keycloak Trust B\","
                + "\"odsCode\":\"KCB\",\"region\":\"London\",\"services\":[\"ADULT\"]}", Map.of()), 201);
        String ward = id(send(base, "POST", "/api/v1/trusts/" + trustA + "/units", admin,
                "{\"name\":\"Keycloak Ward\",\"kind\":\"WARD\",\"beds\":12}", Map.of()), 201);
        String actionA = id(send(base, "POST", "/api/v1/trusts/" + trustA + "/actions", admin,
                "{\"title\":\"Action of A\",\"owner\":\"Lead A\",\"dueOn\":\"2027-01-31\"}", Map.of()), 201);
        String actionB = id(send(base, "POST", "/api/v1/trusts/" + trustB + "/actions", admin,
                "{\"title\":\"Action of B\",\"owner\":\"Lead B\",\"dueOn\":\"2027-01-31\"}", Map.of()), 201);

        // (a) the administrator connects each Trust's IdP
        HttpResponse<String> providerA = send(base, "POST", "/api/v1/trusts/" + trustA + "/identity-providers", admin,
                provider(issuerA, ward), Map.of());
        HttpResponse<String> providerB = send(base, "POST", "/api/v1/trusts/" + trustB + "/identity-providers", admin,
                provider(issuerB, null), Map.of());
        check(providerA.statusCode() == 201 && providerB.statusCode() == 201 && providerA.headers()
                .firstValue("ETag").isPresent(), "(a) admin connects trust-a's Keycloak to Trust A and trust-b's to "
                + "Trust B: " + providerA.statusCode() + ", " + providerB.statusCode() + " " + providerA.body());
        if (providerA.statusCode() != 201 || providerB.statusCode() != 201) {
            System.out.println("idp: " + providerB.body());
            finish(); // nothing below can work without the providers
            return;
        }
        String idpA = str(providerA.body(), "id");
        String idpB = str(providerB.body(), "id");
        HttpResponse<String> readBack = send(base, "GET", "/api/v1/identity-providers/" + idpA, admin, null,
                Map.of());
        check(readBack.statusCode() == 200 && str(readBack.body(), "issuer").equals(issuerA)
                && str(readBack.body(), "trustId").equals(trustA), "(a) the provider reads back: "
                + readBack.statusCode());
        HttpResponse<String> unreachable = send(base, "POST", "/api/v1/trusts/" + trustA + "/identity-providers",
                admin, provider(kc + "/realms/no-such-realm", ward), Map.of());
        check(unreachable.statusCode() == 422, "(a) an issuer without a discovery document is refused when saved: "
                + unreachable.statusCode());
        problem("issuer without discovery document", unreachable);

        // (b) alice, Trust lead of A
        HttpResponse<String> me = send(base, "GET", "/api/v1/me", alice, null, Map.of());
        String aliceId = str(flat(me.body()), "id");
        check(me.statusCode() == 200 && str(flat(me.body()), "role").equals("TRUST_LEAD")
                && strings(me.body(), "trustIds").equals(List.of(trustA))
                && me.body().matches("(?s).*\"allTrusts\"\\s*:\\s*false.*")
                && str(flat(me.body()), "username").equals("alice@idp-" + idpA.substring(0, 8)) && str(idp(me.body()), "id").equals(idpA)
                && str(idp(me.body()), "issuer").equals(issuerA), "(b) alice's first Keycloak token makes her "
                + "TRUST_LEAD of Trust A only, by provider " + idpA + " (username <claim>@idp-<provider>): " + me.statusCode() + " " + me.body());
        check(send(base, "GET", "/api/v1/actions/" + actionA, alice, null, Map.of()).statusCode() == 200,
                "(b) alice reads Trust A's action");
        String trusts = send(base, "GET", "/api/v1/trusts", alice, null, Map.of()).body();
        check(trusts.contains(trustA) && !trusts.contains(trustB), "(b) GET /api/v1/trusts lists Trust A only");
        refused("(b) alice reads Trust B", send(base, "GET", "/api/v1/trusts/" + trustB, alice, null, Map.of()));
        refused("(b) alice reads Trust B's action", send(base, "GET", "/api/v1/actions/" + actionB, alice, null,
                Map.of()));

        // (c) dave, Trust lead of B: a token of realm B is refused for A's data
        me = send(base, "GET", "/api/v1/me", dave, null, Map.of());
        check(me.statusCode() == 200 && str(flat(me.body()), "role").equals("TRUST_LEAD")
                && strings(me.body(), "trustIds").equals(List.of(trustB)) && str(idp(me.body()), "id").equals(idpB),
                "(c) dave (realm trust-b) is TRUST_LEAD of Trust B only: " + me.body());
        trusts = send(base, "GET", "/api/v1/trusts", dave, null, Map.of()).body();
        check(trusts.contains(trustB) && !trusts.contains(trustA), "(c) dave's list of Trusts is B only");
        check(send(base, "GET", "/api/v1/actions/" + actionB, dave, null, Map.of()).statusCode() == 200,
                "(c) dave reads Trust B's action");
        refused("(c) a token of realm trust-b reads Trust A", send(base, "GET", "/api/v1/trusts/" + trustA, dave,
                null, Map.of()));
        refused("(c) a token of realm trust-b reads Trust A's action", send(base, "GET", "/api/v1/actions/"
                + actionA, dave, null, Map.of()));

        refused("(c) dave, a Trust lead, changes his own Trust's provider", send(base, "PATCH",
                "/api/v1/identity-providers/" + idpB, dave, "{\"localSignIn\":true}", Map.of("If-Match", "*",
                        "Content-Type", "application/merge-patch+json")));
        HttpResponse<String> othersProviders = send(base, "GET", "/api/v1/trusts/" + trustA + "/identity-providers",
                dave, null, Map.of());
        refused("(c) dave lists Trust A's providers", othersProviders);
        check(send(base, "GET", "/api/v1/trusts/" + UUID.randomUUID() + "/identity-providers", dave, null, Map.of())
                .statusCode() == othersProviders.statusCode(), "(c) ... with the same status as for a Trust that "
                + "does not exist (no oracle)");

        // (d) bob: ward lead, then moved to trust-leads in Keycloak
        me = send(base, "GET", "/api/v1/me", bob, null, Map.of());
        String bobId = str(flat(me.body()), "id");
        check(me.statusCode() == 200 && str(flat(me.body()), "role").equals("UNIT_LEAD")
                && strings(me.body(), "unitIds").equals(List.of(ward)), "(d) bob (ward-leads) is UNIT_LEAD of the "
                + "ward: " + me.body());
        moveBob(kc, kcAdmin);
        String bobAfter = password("trust-a", "tracker", "bob", kc);
        check(strings(decode(bobAfter.split("\\.")[1]), "groups").equals(List.of("trust-leads")), "(d) Keycloak's "
                + "admin API moved bob from ward-leads to trust-leads");
        me = send(base, "GET", "/api/v1/me", bobAfter, null, Map.of());
        check(me.statusCode() == 200 && str(flat(me.body()), "role").equals("TRUST_LEAD") && str(flat(me.body()),
                "id").equals(bobId) && strings(me.body(), "trustIds").equals(List.of(trustA)), "(d) bob's next token makes "
                + "the same tracker user TRUST_LEAD of Trust A: " + me.body());

        // (e) carol: no group maps to a role
        HttpResponse<String> noRole = send(base, "GET", "/api/v1/me", carol, null, Map.of());
        check(noRole.statusCode() == 403 && noRole.body().contains("trust-leads")
                && noRole.body().contains("ward-leads"), "(e) carol, in no mapped group, is refused with 403 naming "
                + "the groups: " + noRole.statusCode());
        problem("no group mapped to a role", noRole);

        // (f) alice disabled in the tracker
        String etag = send(base, "GET", "/api/v1/users/" + aliceId, admin, null, Map.of()).headers()
                .firstValue("ETag").orElse("*");
        HttpResponse<String> disable = send(base, "PATCH", "/api/v1/users/" + aliceId, admin, "{\"active\":false}",
                Map.of("If-Match", etag, "Content-Type", "application/merge-patch+json"));
        check(disable.statusCode() == 200, "(f) admin disables alice's tracker user: " + disable.statusCode());
        HttpResponse<String> disabled = send(base, "GET", "/api/v1/me", alice, null, Map.of());
        check(disabled.statusCode() == 401, "(f) alice's still-valid Keycloak token is refused: "
                + disabled.statusCode());
        problem("user disabled in the tracker", disabled);
        check(send(base, "GET", "/api/v1/me", password("trust-a", "tracker", "alice", kc), null, Map.of())
                .statusCode() == 401, "(f) so is a fresh token of hers: signing in again does not re-enable her");

        // (g) forged and misdirected tokens
        forged(base, "signed by another key under the realm key's kid", otherSigned);
        forged(base, "signed with the realm's key, aud other", wrongAud);
        forged(base, "a real token of client other-app (aud without tracker)", otherApp);
        forged(base, "signed with the realm's key, expired 10 minutes ago", expired);
        forged(base, "alg none", none);
        forged(base, "HS256 keyed with the realm's public key", hs256);
        forged(base, "signed with the realm's key, unknown issuer", unknownIssuer);
        forged(base, "a real token of Keycloak's master realm (issuer not connected)", kcAdmin);
        forged(base, "signed with trust-a's key, iss trust-b (keys are the issuer's own)", crossIssuer);
        forged(base, "signed with the realm's key, no exp", noExp);
        String bobTokens = grant("trust-a", "tracker", "bob", kc, "openid profile");
        String idClaims = decode(str(bobTokens, "id_token").split("\\.")[1]);
        check(strings(idClaims, "aud").contains("tracker") && verifies(str(bobTokens, "id_token"), realmPublic),
                "(g) bob's ID token has aud tracker and the realm's signature, like an access token (but typ "
                        + str(idClaims, "typ") + (idClaims.contains("\"at_hash\"") ? ", at_hash" : "") + ")");
        forged(base, "a real ID token (typ ID) of the tracker client, presented as an access token",
                str(bobTokens, "id_token"));
        forged(base, "a real refresh token", str(bobTokens, "refresh_token"));
        me = send(base, "GET", "/api/v1/me", control, null, Map.of());
        check(me.statusCode() == 200 && str(flat(me.body()), "username").equals("erin@idp-" + idpA.substring(0, 8))
                && str(flat(me.body()), "role").equals("TRUST_LEAD"), "(g) the control: signed by this test with the "
                + "realm's key, valid claims, a new user in trust-leads, is accepted (so the refusals above are for "
                + "the claim, not the key): " + me.statusCode() + " " + me.body());

        // (h) a provider made inactive, then one deleted
        String versionA = str(send(base, "GET", "/api/v1/identity-providers/" + idpA, admin, null, Map.of())
                .body(), "version");
        check(send(base, "PATCH", "/api/v1/identity-providers/" + idpA, admin, "{\"active\":false}",
                Map.of("Content-Type", "application/merge-patch+json")).statusCode() == 428,
                "(h) a change without If-Match is refused (428)");
        check(send(base, "PATCH", "/api/v1/identity-providers/" + idpA, admin, "{\"active\":false}",
                Map.of("If-Match", "\"999\"", "Content-Type", "application/merge-patch+json")).statusCode() == 412,
                "(h) a change with a stale If-Match is refused (412)");
        HttpResponse<String> deactivate = send(base, "PATCH", "/api/v1/identity-providers/" + idpA, admin,
                "{\"active\":false}", Map.of("If-Match", "\"" + versionA + "\"", "Content-Type",
                        "application/merge-patch+json"));
        check(deactivate.statusCode() == 200, "(h) admin makes trust-a's provider inactive: "
                + deactivate.statusCode());
        HttpResponse<String> inactive = send(base, "GET", "/api/v1/me", bobAfter, null, Map.of());
        check(inactive.statusCode() == 401, "(h) bob's token, accepted a moment ago, is refused at once: "
                + inactive.statusCode());
        problem("provider inactive", inactive);
        check(send(base, "GET", "/api/v1/me", dave, null, Map.of()).statusCode() == 200,
                "(h) trust-b's provider still works");
        String versionB = str(send(base, "GET", "/api/v1/identity-providers/" + idpB, admin, null, Map.of())
                .body(), "version");
        HttpResponse<String> delete = send(base, "DELETE", "/api/v1/identity-providers/" + idpB, admin, null,
                Map.of("If-Match", "\"" + versionB + "\""));
        check(delete.statusCode() == 204 || delete.statusCode() == 200, "(h) admin deletes trust-b's provider: "
                + delete.statusCode());
        check(send(base, "GET", "/api/v1/me", dave, null, Map.of()).statusCode() == 401,
                "(h) dave's token is refused once the provider is deleted");
        check(send(base, "GET", "/api/v1/me", admin, null, Map.of()).statusCode() == 200,
                "(h) the tracker's own sign-in is unaffected");
        finish();
    }

    // ---- realm import

    static String realm(String name, Map<String, String> users, String privateKey, String certificate) {
        StringBuilder json = new StringBuilder("{\"realm\":" + q(name) + ",\"enabled\":true,\"sslRequired\":\"none\","
                + "\"accessTokenLifespan\":600,\"groups\":[{\"name\":\"trust-leads\"},{\"name\":\"ward-leads\"}],");
        json.append("\"clients\":[").append(client("tracker", true)).append(',').append(client("other-app", false))
                .append("],\"users\":[");
        String comma = "";
        for (Map.Entry<String, String> user : users.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String u = user.getKey();
            json.append(comma).append("{\"username\":").append(q(u)).append(",\"enabled\":true,\"email\":")
                    .append(q(u + "@" + name + ".example")).append(",\"emailVerified\":true,\"firstName\":")
                    .append(q(u.substring(0, 1).toUpperCase() + u.substring(1))).append(",\"lastName\":\"Tester\",")
                    .append("\"credentials\":[{\"type\":\"password\",\"temporary\":false,\"value\":")
                    .append(q(PASSWORDS.get(u))).append("}],\"groups\":[")
                    .append(user.getValue().isEmpty() ? "" : q("/" + user.getValue())).append("]}");
            comma = ",";
        }
        json.append(']');
        if (privateKey != null) {
            json.append(",\"components\":{\"org.keycloak.keys.KeyProvider\":[{\"name\":\"imported-by-idp-test\",")
                    .append("\"providerId\":\"rsa\",\"subComponents\":{},\"config\":{\"priority\":[\"1000\"],")
                    .append("\"enabled\":[\"true\"],\"active\":[\"true\"],\"algorithm\":[\"RS256\"],")
                    .append("\"privateKey\":[").append(q(privateKey)).append("],")
                    .append("\"certificate\":[").append(q(certificate)).append("]}}]}");
        }
        return json.append('}').toString();
    }

    /** A public client with password grant; the groups claim; the tracker audience only for the tracker. */
    static String client(String clientId, boolean trackerAudience) {
        String groups = "{\"name\":\"groups\",\"protocol\":\"openid-connect\",\"protocolMapper\":"
                + "\"oidc-group-membership-mapper\",\"config\":{\"claim.name\":\"groups\",\"full.path\":\"false\","
                + "\"access.token.claim\":\"true\",\"id.token.claim\":\"true\",\"userinfo.token.claim\":\"false\"}}";
        String audience = "{\"name\":\"tracker-audience\",\"protocol\":\"openid-connect\",\"protocolMapper\":"
                + "\"oidc-audience-mapper\",\"config\":{\"included.client.audience\":\"tracker\","
                + "\"access.token.claim\":\"true\",\"id.token.claim\":\"false\"}}";
        return "{\"clientId\":" + q(clientId) + ",\"enabled\":true,\"publicClient\":true,"
                + "\"directAccessGrantsEnabled\":true,\"standardFlowEnabled\":false,\"protocol\":\"openid-connect\","
                + "\"protocolMappers\":[" + groups + (trackerAudience ? "," + audience : "") + "]}";
    }

    /** trust-leads → TRUST_LEAD, and ward-leads → UNIT_LEAD of the ward if there is one (a unit of the same Trust). */
    static String provider(String issuer, String ward) {
        return "{\"issuer\":" + q(issuer) + ",\"audience\":\"tracker\",\"usernameClaim\":\"preferred_username\","
                + "\"rolesClaim\":\"groups\",\"roleMappings\":[{\"claimValue\":\"trust-leads\",\"role\":\"TRUST_LEAD\"}"
                + (ward == null ? "" : ",{\"claimValue\":\"ward-leads\",\"role\":\"UNIT_LEAD\",\"unitIds\":[" + q(ward)
                        + "]}") + "],\"localSignIn\":false,\"active\":true}";
    }

    // ---- Keycloak

    static String password(String realm, String client, String user, String kc) {
        return str(grant(realm, client, user, kc, "profile"), "access_token");
    }

    /** The token response of a password grant (with scope openid it has an id_token too). */
    static String grant(String realm, String client, String user, String kc, String scope) {
        String secret = user.equals("admin") && realm.equals("master") ? KC_ADMIN_PASSWORD : PASSWORDS.get(user);
        HttpResponse<String> response = send(kc, "POST", "/realms/" + realm + "/protocol/openid-connect/token", null,
                form(Map.of("grant_type", "password", "client_id", client, "username", user, "password", secret,
                        "scope", scope)), Map.of("Content-Type", "application/x-www-form-urlencoded"));
        if (response.statusCode() != 200) {
            fail(user + "'s password grant in realm " + realm + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    /** Moves bob from ward-leads to trust-leads with Keycloak's admin REST API. */
    static void moveBob(String kc, String adminToken) {
        String users = send(kc, "GET", "/admin/realms/trust-a/users?exact=true&username=bob", adminToken, null,
                Map.of()).body();
        String bob = str(users, "id");
        String from = str(send(kc, "GET", "/admin/realms/trust-a/groups?exact=true&search=ward-leads", adminToken,
                null, Map.of()).body(), "id");
        String to = str(send(kc, "GET", "/admin/realms/trust-a/groups?exact=true&search=trust-leads", adminToken,
                null, Map.of()).body(), "id");
        int left = send(kc, "DELETE", "/admin/realms/trust-a/users/" + bob + "/groups/" + from, adminToken, null,
                Map.of()).statusCode();
        int joined = send(kc, "PUT", "/admin/realms/trust-a/users/" + bob + "/groups/" + to, adminToken, null,
                Map.of()).statusCode();
        if (left != 204 || joined != 204) {
            fail("moving bob between groups in Keycloak answered " + left + ", " + joined);
        }
    }

    static String version(Path kcHome) {
        try {
            return Files.readString(kcHome.resolve("version.txt")).replace("Keycloak - Version", "").trim();
        } catch (IOException e) {
            return "";
        }
    }

    // ---- tokens

    static String claims(String issuer, String audience, String username, String group, long iat, long exp) {
        return "{\"exp\":" + exp + ",\"iat\":" + iat + ",\"jti\":" + q(UUID.randomUUID().toString()) + ",\"iss\":"
                + q(issuer) + ",\"aud\":[" + q(audience) + ",\"account\"],\"sub\":"
                + q(UUID.nameUUIDFromBytes((issuer + username).getBytes(StandardCharsets.UTF_8)).toString())
                + ",\"typ\":\"Bearer\",\"azp\":\"tracker\",\"scope\":\"profile email\","
                + "\"preferred_username\":" + q(username) + ",\"groups\":[" + q(group) + "]}";
    }

    static String rs256(String header, String payload, PrivateKey key) throws Exception {
        String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(payload.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64(signature.sign());
    }

    static String hs256(String header, String payload, byte[] secret) throws Exception {
        String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(payload.getBytes(StandardCharsets.UTF_8));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
        return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    static boolean verifies(String token, PublicKey key) throws Exception {
        String[] parts = token.split("\\.");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(key);
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    // ---- the service

    static String signIn(String base) {
        HttpResponse<String> response = send(base, "POST", "/api/v1/auth/token", null,
                "{\"username\":\"admin\",\"password\":" + q(ADMIN_PASSWORD) + "}", Map.of());
        if (response.statusCode() != 200) {
            fail("the admin's sign-in answered " + response.statusCode() + ": " + response.body());
        }
        return str(response.body(), "accessToken");
    }

    static void forged(String base, String what, String token) {
        HttpResponse<String> response = send(base, "GET", "/api/v1/me", token, null, Map.of());
        check(response.statusCode() == 401, "(g) " + what + ": " + response.statusCode());
        problem(what, response);
    }

    static void refused(String what, HttpResponse<String> response) {
        check(response.statusCode() == 404 || response.statusCode() == 403, what + ": refused with "
                + response.statusCode());
    }

    static void problem(String what, HttpResponse<String> response) {
        PROBLEMS.add(what + ": " + response.statusCode() + " "
                + response.headers().firstValue("Content-Type").orElse("") + " " + response.body()
                + response.headers().firstValue("WWW-Authenticate").map(h -> " [WWW-Authenticate: " + h + "]")
                        .orElse(""));
    }

    // ---- plumbing

    static HttpResponse<String> send(String base, String method, String path, String token, String body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            fail(method + " " + base + path + " failed: " + e);
            return null;
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static void awaitReady(Process process, String url, int seconds, String name, Path log) {
        if (!ready(process, url, seconds)) {
            tail(log);
            fail(name + (process.isAlive() ? " was not ready within " + seconds + " s" : " exited at start ("
                    + process.exitValue() + ")") + "; see " + log);
        }
    }

    /** Whether url answers 200 within the time, polled every 250 ms while the process lives. */
    static boolean ready(Process process, String url, int seconds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** The command in a process group of its own (setsid), so scripts/idp-ci.sh can stop it if this JVM is killed. */
    static List<String> grouped(String... command) {
        List<String> list = new ArrayList<>(List.of(command));
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            list.add(0, "/usr/bin/setsid");
        }
        return list;
    }

    /** Starts a process and adds its id (its process group's, with setsid) to the file scripts/idp-ci.sh reads. */
    static Process started(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        PROCESSES.add(process);
        Files.writeString(pidFile, process.pid() + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        return process;
    }

    static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            fail(String.join(" ", command.subList(0, 2)) + " failed: " + output);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String id(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            fail(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return str(response.body(), "id");
    }

    /** A JSON object without the objects inside it (so "id" is the object's own). */
    static String flat(String json) {
        String inner = json.trim();
        if (!inner.startsWith("{")) {
            return json;
        }
        inner = inner.substring(1);
        String before;
        do {
            before = inner;
            inner = inner.replaceAll("\\{[^{}]*\\}", "null");
        } while (!inner.equals(before));
        return "{" + inner;
    }

    /** The identityProvider object of a /me answer, or "". */
    static String idp(String json) {
        Matcher m = Pattern.compile("\"identityProvider\"\\s*:\\s*(\\{[^{}]*\\})").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    /** The first string value of a JSON field, or "" if there is none. */
    static String str(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?\\d+))")
                .matcher(json);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
    }

    /** The strings of a JSON array field (or a lone string, as aud may be), or an empty list. */
    static List<String> strings(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(\\[[^\\]]*\\]|\"[^\"]*\")")
                .matcher(json);
        if (!m.find()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        Matcher item = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
        while (item.find()) {
            values.add(item.group(1));
        }
        return values;
    }

    static String q(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static void tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> System.out.println("  | " + l));
        } catch (IOException ignored) {
            // nothing to show
        }
    }

    /** Stops Keycloak (kc.sh and the JVMs it starts) and the service: TERM, then KILL after 10 s. */
    static synchronized void stopAll() {
        List<ProcessHandle> handles = new ArrayList<>();
        for (Process p : PROCESSES) {
            p.descendants().forEach(handles::add);
            handles.add(p.toHandle());
        }
        PROCESSES.clear();
        handles.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (ProcessHandle h : handles) {
            try {
                h.onExit().get(Math.max(1, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (Exception stillRunning) {
                h.destroyForcibly();
            }
        }
        if (pidFile != null) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // the script's trap finds no group alive
            }
        }
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            failures++;
        }
        System.out.println("idp: " + (ok ? "ok: " : "FAILED: ") + what);
    }

    static void finish() {
        if (!PROBLEMS.isEmpty()) {
            System.out.println("idp: the refusals' bodies:");
            PROBLEMS.forEach(p -> System.out.println("  " + p));
        }
        stopAll();
        if (failures == 0) {
            try {
                deleteTree(work);
            } catch (IOException e) {
                System.out.println("idp: could not delete " + work + ": " + e);
            }
        }
        System.out.printf("idp: %s in %.1f s%s%n", failures == 0 ? "PASSED" : failures + " check(s) FAILED",
                seconds(STARTED), failures == 0 ? "" : "; logs in " + work);
        System.exit(failures == 0 ? 0 : 1);
    }

    static void fail(String message) {
        System.out.println("idp: FAILED: " + message);
        stopAll();
        System.out.printf("idp: stopped after %.1f s; logs in %s%n", seconds(STARTED), work);
        System.exit(1);
    }
}
