import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two instances on one PostgreSQL, as a Trust would run them behind a load balancer: two packaged services on one
 * fresh database, sharing the configured signing keys and nothing else (each has its own data folder). Checks that
 * a token from one works on the other, an Idempotency-Key replayed on the other returns the first answer, eight
 * writers spread over both lose no update (If-Match), the change feed read from either has every event exactly
 * once, the sign-in throttle is shared, and rate limits are per instance (docs/security.md). Exits 1 on failure.
 *
 * Usage: java scripts/TwoInstanceTest.java <quarkus-run.jar> <jdbc-url> <db-user>
 */
public class TwoInstanceTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String PASSWORD = "two-" + java.util.UUID.randomUUID();
    static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern RESOURCE = Pattern.compile("\"resourceId\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+|null)");
    static final Pattern NEXT = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
    static final List<Process> SERVICES = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        String url = args[1];
        String user = args[2];
        KeyPair keys = KeyPairGenerator.getInstance("RSA").genKeyPair();
        String privatePem = pem("PRIVATE KEY", keys.getPrivate().getEncoded());
        String publicPem = pem("PUBLIC KEY", keys.getPublic().getEncoded());
        int basePort = 21000 + (int) (ProcessHandle.current().pid() % 500) * 2;
        String a = "http://127.0.0.1:" + basePort;
        String b = "http://127.0.0.1:" + (basePort + 1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> SERVICES.forEach(Process::destroyForcibly)));
        // one after the other: the first migrates the schema and creates the administrator
        start(jar, basePort, url, user, privatePem, publicPem, "a");
        start(jar, basePort + 1, url, user, privatePem, publicPem, "b");
        System.out.println("two-instances: A " + a + " and B " + b + " on " + url);

        String token = signIn(a, "admin", PASSWORD, 200);
        check(send(b, "GET", "/api/v1/me", token, null, Map.of()).statusCode() == 200,
                "a token signed by A is accepted by B (shared keys)");

        String trustBody = "{\"name\":\"Two instance Trust\",\"odsCode\":\"TWO1\",\"region\":\"North West\","
                + "\"services\":[\"ADULT\"]}";
        HttpResponse<String> first = send(a, "POST", "/api/v1/trusts", token, trustBody,
                Map.of("Idempotency-Key", "two-instances-1"));
        HttpResponse<String> replay = send(b, "POST", "/api/v1/trusts", token, trustBody,
                Map.of("Idempotency-Key", "two-instances-1"));
        check(first.statusCode() == 201 && replay.statusCode() == 201 && id(first.body()).equals(id(replay.body()))
                && "true".equals(replay.headers().firstValue("Idempotent-Replayed").orElse("")),
                "an Idempotency-Key replayed on B returns A's first answer (" + first.statusCode() + ", "
                        + replay.statusCode() + ")");
        String trust = id(first.body());
        check(send(a, "GET", "/api/v1/trusts?q=TWO1", token, null, Map.of()).body().split("\"odsCode\"").length == 2,
                "the replay created nothing");

        String action = id(send(a, "POST", "/api/v1/trusts/" + trust + "/actions", token,
                "{\"title\":\"Shared action\",\"owner\":\"Nobody\",\"dueOn\":\"2027-01-31\"}", Map.of()).body());
        // a webhook receiver: both instances run the sender; a subscription is leased by one at a time
        java.util.List<String> hookIds = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.List<Long> hookVersions = java.util.Collections.synchronizedList(new ArrayList<>());
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 50);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            hookIds.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            Matcher v = VERSION.matcher(body);
            hookVersions.add(v.find() && !v.group(1).equals("null") ? Long.parseLong(v.group(1)) : -1L);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        check(send(a, "POST", "/api/v1/webhooks", token, "{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hooks\",\"eventTypes\":[\"action.updated\"],\"trustIds\":[\"" + trust + "\"]}", Map.of())
                .statusCode() == 201, "a webhook receiver is subscribed to the action's updates");
        String start = lastCursor(a, token);
        int writers = 8;
        int each = 10;
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        Set<String> versionsWritten = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        Thread reader = new Thread(() -> readFeed(List.of(a, b), token, start, writing, seen));
        reader.start();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String base = w % 2 == 0 ? a : b;
            int writer = w;
            Thread t = new Thread(() -> {
                for (int done = 0; done < each; ) {
                    HttpResponse<String> current = send(base, "GET", "/api/v1/actions/" + action, token, null, Map.of());
                    String etag = current.headers().firstValue("ETag").orElseThrow();
                    HttpResponse<String> patch = send(base, "PATCH", "/api/v1/actions/" + action, token,
                            "{\"owner\":\"Writer " + writer + " update " + done + "\"}",
                            Map.of("If-Match", etag, "Content-Type", "application/merge-patch+json"));
                    if (patch.statusCode() == 200) {
                        done++;
                        successes.incrementAndGet();
                        if (!versionsWritten.add(patch.headers().firstValue("ETag").orElseThrow())) {
                            fail("two successful updates produced the same version: one overwrote the other");
                        }
                    } else if (patch.statusCode() == 412) {
                        conflicts.incrementAndGet();
                    } else {
                        fail("an update answered " + patch.statusCode() + ": " + patch.body());
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        writing.set(false);
        reader.join();
        String finalVersion = send(b, "GET", "/api/v1/actions/" + action, token, null, Map.of()).headers()
                .firstValue("ETag").orElseThrow();
        check(successes.get() == writers * each && finalVersion.equals("\"" + writers * each + "\""),
                writers + " writers over both instances: " + successes.get() + " updates, " + conflicts.get()
                        + " refused with 412 and retried, final version " + finalVersion + ": no update lost");
        Map<String, Integer> actionEvents = new TreeMap<>();
        seen.forEach((key, count) -> {
            if (key.startsWith(action + "@")) {
                actionEvents.put(key, count);
            }
        });
        check(seen.values().stream().allMatch(n -> n == 1), "the change feed, polled from A and B in turn, has no "
                + "event twice (" + seen.size() + " events read)");
        Set<String> expected = new HashSet<>();
        for (int v = 1; v <= writers * each; v++) {
            expected.add(action + "@" + v);
        }
        check(actionEvents.keySet().equals(expected), "the change feed has every update of the action exactly once ("
                + actionEvents.size() + " of " + expected.size() + ")");
        long hookDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (hookIds.size() < writers * each && System.nanoTime() < hookDeadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1500); // a second sender would have sent its duplicate by now
        receiver.stop(0);
        List<Long> inOrder = new ArrayList<>(hookVersions);
        List<Long> sorted = new ArrayList<>(inOrder);
        java.util.Collections.sort(sorted);
        check(hookIds.size() == writers * each && new HashSet<>(hookIds).size() == writers * each
                && inOrder.equals(sorted), "webhooks with both instances sending: " + hookIds.size()
                        + " messages for " + writers * each + " updates, " + new HashSet<>(hookIds).size()
                        + " distinct webhook-ids, in version order: " + inOrder.equals(sorted));

        // answers kept per state on each instance (docs/decisions/0038): B answers from what it keeps while nothing
        // was written anywhere, and a write on A is in B's very next roll-up and page of actions
        String progress = "/api/v1/trusts/" + trust + "/progress";
        String rollupTag = send(b, "GET", progress, token, null, Map.of()).headers().firstValue("ETag").orElseThrow();
        send(b, "GET", "/api/v1/trusts/" + trust + "/actions", token, null, Map.of());
        check(send(b, "GET", progress, token, null, Map.of("If-None-Match", rollupTag)).statusCode() == 304,
                "B answers its kept roll-up 304 while nothing changed");
        String another = id(send(a, "POST", "/api/v1/trusts/" + trust + "/actions", token,
                "{\"title\":\"Seen on B at once\",\"owner\":\"Nobody\",\"dueOn\":\"2027-02-28\"}", Map.of()).body());
        HttpResponse<String> rollupAfter = send(b, "GET", progress, token, null, Map.of("If-None-Match", rollupTag));
        check(rollupAfter.statusCode() == 200
                        && !rollupTag.equals(rollupAfter.headers().firstValue("ETag").orElse(rollupTag)),
                "an action created on A changes B's next roll-up (" + rollupAfter.statusCode() + ")");
        check(send(b, "GET", "/api/v1/trusts/" + trust + "/actions?limit=200", token, null, Map.of()).body()
                        .contains(another),
                "an action created on A is in B's next page of actions");

        String lead = "lead-" + Long.toHexString(System.nanoTime());
        check(send(a, "POST", "/api/v1/users", token, "{\"username\":\"" + lead + "\",\"displayName\":\"Lead\","
                + "\"email\":\"lead@example.org\",\"role\":\"TRUST_LEAD\",\"trustIds\":[\"" + trust + "\"],"
                + "\"password\":\"lead-password-123\"}", Map.of()).statusCode() == 201, "a Trust lead is created");
        String leadToken = signIn(b, lead, "lead-password-123", 200);
        for (int i = 0; i < 3; i++) {
            send(b, "GET", "/api/v1/trusts/" + trust, leadToken, null, Map.of()); // B now remembers this caller
        }
        String leadId = id(send(a, "GET", "/api/v1/me", leadToken, null, Map.of()).body());
        String etag = send(a, "GET", "/api/v1/users/" + leadId, token, null, Map.of()).headers().firstValue("ETag")
                .orElseThrow();
        check(send(a, "PATCH", "/api/v1/users/" + leadId, token, "{\"trustIds\":[\"" + trust + "\"],\"active\":false}",
                Map.of("If-Match", etag, "Content-Type", "application/merge-patch+json")).statusCode() == 200,
                "the lead is disabled on A");
        check(send(b, "GET", "/api/v1/trusts/" + trust, leadToken, null, Map.of()).statusCode() == 401,
                "a user disabled on A is refused by B at its next request, though B had just resolved them");
        check(send(a, "PATCH", "/api/v1/users/" + leadId, token, "{\"active\":true}",
                Map.of("If-Match", "*", "Content-Type", "application/merge-patch+json")).statusCode() == 200,
                "the lead is enabled again");
        int[] wrong = new int[5];
        for (int i = 0; i < 5; i++) {
            wrong[i] = signInStatus(i % 2 == 0 ? a : b, lead, "wrong-password-" + i);
        }
        int afterOnA = signInStatus(a, lead, "lead-password-123");
        int afterOnB = signInStatus(b, lead, "lead-password-123");
        check(java.util.Arrays.stream(wrong).allMatch(s -> s == 401) && afterOnA == 429 && afterOnB == 429,
                "five wrong passwords spread over A and B lock the user out on both (the throttle is in the "
                        + "database): " + java.util.Arrays.toString(wrong) + " then " + afterOnA + ", " + afterOnB);

        int onA = 0;
        int status = 0;
        while (onA < 100 && (status = send(a, "GET", "/api/v1/challenges", null, null, Map.of()).statusCode()) != 429) {
            onA++;
        }
        int onB = send(b, "GET", "/api/v1/challenges", null, null, Map.of()).statusCode();
        check(status == 429 && onB == 401, "rate limits are per instance, as docs/security.md says: A's budget for "
                + "requests without a credential ran out after " + onA + " more, while B still answered " + onB);
        System.out.println("two-instances: PASSED");
        SERVICES.forEach(Process::destroy);
    }

    /** Polls the feed from the instances in turn until writing stops and a poll finds nothing new. */
    static void readFeed(List<String> bases, String token, String from, AtomicBoolean writing,
            Map<String, Integer> seen) {
        String cursor = from;
        int turn = 0;
        boolean drained = false;
        while (!drained) {
            boolean stillWriting = writing.get(); // read before the poll: an empty poll after the writers is the end
            String body = send(bases.get(turn++ % bases.size()), "GET", "/api/v1/changes?limit=50&after=" + cursor,
                    token, null, Map.of()).body();
            int count = 0;
            String[] items = body.split("\\{\"cursor\"");
            for (int i = 1; i < items.length; i++) {
                Matcher resource = RESOURCE.matcher(items[i]);
                Matcher version = VERSION.matcher(items[i]);
                if (resource.find() && version.find()) {
                    seen.merge(resource.group(1) + "@" + version.group(1), 1, Integer::sum);
                    count++;
                }
            }
            Matcher next = NEXT.matcher(body);
            if (next.find()) {
                cursor = next.group(1);
            }
            drained = !stillWriting && count == 0;
        }
    }

    static String lastCursor(String base, String token) {
        String cursor = "";
        while (true) {
            String body = send(base, "GET", "/api/v1/changes?limit=200" + (cursor.isEmpty() ? "" : "&after=" + cursor),
                    token, null, Map.of()).body();
            Matcher next = NEXT.matcher(body);
            next.find();
            cursor = next.group(1);
            if (body.replace(" ", "").contains("\"items\":[]")) {
                return cursor;
            }
        }
    }

    static void start(Path jar, int port, String url, String user, String privatePem, String publicPem, String name)
            throws Exception {
        Path data = Files.createTempDirectory("tracker-" + name + "-");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()).directory(data.toFile()).redirectErrorStream(true)
                .redirectOutput(data.resolve("service.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", url);
        env.put("QUARKUS_DATASOURCE_USERNAME", user);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("TRACKER_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD);
        env.put("TRACKER_JWT_PRIVATE_KEY", privatePem);
        env.put("TRACKER_JWT_PUBLIC_KEY", publicPem);
        env.put("TRACKER_WEBHOOKS_ALLOW_INSECURE_HTTP", "true"); // the receiver on 127.0.0.1
        env.put("TRACKER_WEBHOOKS_ALLOWED_TARGETS", "127.0.0.1");
        env.put("TRACKER_WEBHOOKS_POLL_EVERY", "1s");
        Process process = builder.start();
        SERVICES.add(process);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("instance " + name + " exited at start; see " + data.resolve("service.log"));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        fail("instance " + name + " did not become ready");
    }

    static String signIn(String base, String username, String password, int expected) {
        HttpResponse<String> response = send(base, "POST", "/api/v1/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", Map.of());
        Matcher m = TOKEN.matcher(response.body());
        if (response.statusCode() != expected || !m.find()) {
            fail("sign-in on " + base + " answered " + response.statusCode() + ": " + response.body());
        }
        return m.group(1);
    }

    static int signInStatus(String base, String username, String password) {
        return send(base, "POST", "/api/v1/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", Map.of()).statusCode();
    }

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

    static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            fail("no id in " + body);
        }
        return m.group(1);
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            fail(what);
        }
        System.out.println("two-instances: ok: " + what);
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static void fail(String message) {
        System.out.println("two-instances: FAILED: " + message);
        SERVICES.forEach(Process::destroyForcibly);
        System.exit(1);
    }
}
