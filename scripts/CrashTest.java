import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Crash test: no acknowledged write may be lost when the service is killed with SIGKILL, and no valid write fails
 * because others race it. Phases (each prints its figures; any loss or unexpected status exits 1):
 * <ol>
 * <li>mid-write: concurrent clients create Trusts, the service is killed mid-stream, restarted on the same data and
 * every acknowledged Trust looked up; repeated {@code rounds} times. A webhook receiver subscribed to every
 * trust.created then checks that every acknowledged Trust was delivered, signed, first deliveries in feed order.</li>
 * <li>last-ack: the sequence that lost acknowledged writes on H2 (issue 20), {@code --last-ack N} times on the same
 * data, with {@code --busy K} threads spinning beside it: receivers answering 500-then-204, 410 and 204, a Trust and
 * five actions delivered, one subscription deleted and another made, then 20 actions one after another and SIGKILL
 * right after the 20th 201 while the sender is delivering them; restart; all 20 must be there.</li>
 * <li>contention: 8 writers, 200 progress scores and new PDSA cycles on one goal, no If-Match: every answer 201 or 503
 * with Retry-After; SIGKILL right after the last answer; every acknowledged write present after the restart.</li>
 * <li>webhooks: a receiver failing each event's first attempt (events per minute through it), and the time from a
 * SIGKILL mid-delivery to the first delivery after the restart (the lease taken over).</li>
 * </ol>
 * Usage: java scripts/CrashTest.java [quarkus-run.jar] [rounds] [writers] [--last-ack N] [--busy K]
 * [--contention] [--webhooks] [--only] (with --only, the mid-write phase is skipped). Needs only a JDK (17+). Extra
 * environment for the service (a PostgreSQL URL, for the jar built with -Dquarkus.profile=pg) is passed through.
 */
public class CrashTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final String ADMIN_PASSWORD = "crash-" + java.util.UUID.randomUUID();
    static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"(whsec_[^\"]+)\"");
    static final Pattern RESOURCE = Pattern.compile("\"resourceId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static volatile String token;

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean valued = i + 1 < args.length && !args[i + 1].startsWith("--")
                        && (args[i].equals("--last-ack") || args[i].equals("--busy"));
                options.put(args[i], valued ? args[++i] : "true");
            } else {
                positional.add(args[i]);
            }
        }
        Path jar = Path.of(positional.size() > 0 ? positional.get(0) : "target/quarkus-app/quarkus-run.jar")
                .toAbsolutePath();
        int rounds = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 3;
        int writers = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 8;
        if (!Files.exists(jar)) {
            fail("No packaged service at " + jar + "; run ./mvnw package first");
        }
        Service service = new Service(jar, Files.createTempDirectory("tracker-crash-"),
                18000 + (int) (ProcessHandle.current().pid() % 1000));
        System.out.printf("crash-test: data in %s, database %s%n", service.work,
                System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "embedded H2"));
        Busy busy = new Busy(Integer.parseInt(options.getOrDefault("--busy", "0")));
        try {
            if (!options.containsKey("--only")) {
                midWrite(service, rounds, writers);
            }
            int lastAckRuns = Integer.parseInt(options.getOrDefault("--last-ack", "0"));
            if (lastAckRuns > 0) {
                busy.start();
                lastAck(service, lastAckRuns, busy.threads);
                busy.stop();
            }
            if (options.containsKey("--contention")) {
                contention(service, writers);
            }
            if (options.containsKey("--webhooks")) {
                webhookFigures(service);
            }
        } finally {
            busy.stop();
            service.kill();
        }
        System.out.println("crash-test: PASSED");
        deleteRecursively(service.work.toFile());
        System.exit(0);
    }

    // ---- phase 1: kills while 8 clients write ----

    static void midWrite(Service service, int rounds, int writers) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger failedWrites = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        System.out.printf("crash-test: mid-write, %d rounds, %d concurrent writers%n", rounds, writers);
        Hooks hooks = new Hooks();
        for (int round = 1; round <= rounds; round++) {
            service.start("round-" + round);
            if (round == 1) {
                hooks.subscribe(service.base, token);
            }
            int before = acknowledged.size();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Thread t = new Thread(() -> writeTrusts(service.base, stop, acknowledged, failedWrites, sequence));
                t.start();
                threads.add(t);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (acknowledged.size() - before < 150 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            service.kill(); // SIGKILL: no shutdown hooks, no flushing
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
            System.out.printf("crash-test: round %d killed with SIGKILL after %d acknowledged writes (%d in all)%n",
                    round, acknowledged.size() - before, acknowledged.size());
            service.start("verify-" + round);
            List<String> missing = missing(service.base, "/api/v1/trusts/", acknowledged);
            service.stop();
            System.out.printf("crash-test: round %d after restart: %d acknowledged, %d found, %d missing%n",
                    round, acknowledged.size(), acknowledged.size() - missing.size(), missing.size());
            if (!missing.isEmpty()) {
                fail("acknowledged writes lost after SIGKILL: " + missing.subList(0, Math.min(5, missing.size())));
            }
            if (acknowledged.size() - before < 20) {
                fail("too few writes were acknowledged in round " + round + " to prove anything; see " + service.work);
            }
        }
        service.start("webhooks");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!hooks.deliveredAll(acknowledged) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        service.stop();
        hooks.check(acknowledged);
        System.out.printf("crash-test: mid-write PASSED: %d acknowledged writes over %d SIGKILLs, 0 lost (%d writes "
                + "cut off unacknowledged)%n", acknowledged.size(), rounds, failedWrites.get());
    }

    static void writeTrusts(String base, AtomicBoolean stop, Set<String> acknowledged, AtomicInteger failed,
            AtomicInteger sequence) {
        while (!stop.get()) {
            int n = sequence.getAndIncrement();
            String ods = "C" + String.format("%4s", Integer.toString(n, 36)).replace(' ', '0').toUpperCase();
            HttpResponse<String> response = send(base, "POST", "/api/v1/trusts",
                    "{\"name\":\"Crash test trust " + n + "\",\"odsCode\":\"" + ods + "\"}", Map.of());
            if (response != null && response.statusCode() == 201) {
                acknowledged.add(id(response.body()));
            } else {
                failed.incrementAndGet();
                if (response == null) {
                    sleep(10);
                }
            }
        }
    }

    // ---- phase 2: SIGKILL right after the last acknowledgement, webhooks busy ----

    static void lastAck(Service service, int runs, int busyThreads) throws Exception {
        System.out.printf("crash-test: last-ack, %d runs on the same data, %d busy threads beside%n", runs,
                busyThreads);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Stub flaky = new Stub(id -> seen.add(id == null ? "" : id) ? 500 : 204);
        Stub gone = new Stub(id -> 410);
        Stub ok = new Stub(id -> 204);
        int acknowledged = 0;
        int lost = 0;
        int runsLosing = 0;
        for (int run = 1; run <= runs; run++) {
            service.start("last-ack-" + run);
            String flakyId = id(expect(send(service.base, "POST", "/api/v1/webhooks", flaky.subscription(), Map.of()),
                    201, "subscribe the flaky receiver").body());
            expect(send(service.base, "POST", "/api/v1/webhooks", gone.subscription(), Map.of()), 201,
                    "subscribe the 410 receiver");
            String trust = id(expect(send(service.base, "POST", "/api/v1/trusts", "{\"name\":\"Last ack " + run + " "
                    + System.nanoTime() + "\",\"odsCode\":\"L" + code(run) + "\"}", Map.of()), 201, "a Trust").body());
            for (int i = 0; i < 5; i++) {
                expect(send(service.base, "POST", "/api/v1/trusts/" + trust + "/actions", action("first " + i),
                        Map.of()), 201, "an action");
            }
            Thread.sleep(1500 + 700L * (run % 4)); // first attempts fail, retries due meanwhile
            String version = match(VERSION, send(service.base, "GET", "/api/v1/webhooks/" + flakyId, null, Map.of())
                    .body());
            expect(send(service.base, "DELETE", "/api/v1/webhooks/" + flakyId, null,
                    Map.of("If-Match", "\"" + version + "\"")), 204, "delete the flaky subscription");
            expect(send(service.base, "POST", "/api/v1/webhooks", ok.subscription(), Map.of()), 201,
                    "subscribe the 204 receiver");
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> r = send(service.base, "POST", "/api/v1/trusts/" + trust + "/actions",
                        action("after " + i), Map.of());
                if (r != null && r.statusCode() == 201) {
                    created.add(id(r.body()));
                }
            }
            service.kill(); // right after the 20th answer, while the sender delivers them
            service.start("last-ack-verify-" + run);
            List<String> missing = missing(service.base, "/api/v1/actions/", created);
            service.stop();
            acknowledged += created.size();
            lost += missing.size();
            runsLosing += missing.isEmpty() ? 0 : 1;
            System.out.printf("crash-test: last-ack run %d: %d acknowledged, %d lost%n", run, created.size(),
                    missing.size());
        }
        System.out.printf("crash-test: last-ack: %d runs, %d acknowledged, %d lost, %d runs losing; receivers got "
                + "%d (500-then-204), %d (410), %d (204) messages%n", runs, acknowledged, lost, runsLosing,
                flaky.count.get(), gone.count.get(), ok.count.get());
        flaky.close();
        gone.close();
        ok.close();
        if (lost > 0) {
            fail("acknowledged writes lost after SIGKILL right after the last 201: " + lost);
        }
    }

    // ---- phase 3: 8 writers on one goal ----

    static void contention(Service service, int writers) throws Exception {
        service.start("contention");
        String trust = id(expect(send(service.base, "POST", "/api/v1/trusts", "{\"name\":\"Contention "
                + System.nanoTime() + "\",\"odsCode\":\"K" + code(7) + "\"}", Map.of()), 201, "a Trust").body());
        String goal = id(expect(send(service.base, "POST", "/api/v1/trusts/" + trust + "/goals",
                "{\"title\":\"Peer workers on every ward\",\"challengeNumber\":6,\"aimStatement\":\"Fund and fill 20 "
                        + "WTE peer posts by March 2027\",\"targetValue\":20,\"unit\":\"WTE\",\"targetDate\":\"2027-03-31\","
                        + "\"priority\":1,\"owner\":\"Director of Nursing\"}",
                Map.of()), 201, "a goal").body());
        int requests = 200;
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        Set<String> cycles = ConcurrentHashMap.newKeySet();
        Set<String> scores = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger noRetryAfter = new AtomicInteger();
        AtomicInteger shown = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Thread t = new Thread(() -> {
                for (int n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
                    boolean cycle = n % 2 == 0;
                    HttpResponse<String> r = cycle
                            ? send(service.base, "POST", "/api/v1/goals/" + goal + "/cycles", "{\"title\":\"Test "
                                    + n + "\",\"changeIdea\":\"Peer-led ward rounds\",\"purpose\":\"TEST\",\"plan\":"
                                    + "{\"objective\":\"Learn\",\"questions\":[{\"question\":\"Will it work?\","
                                    + "\"prediction\":\"Yes\"}]}}",
                                    Map.of())
                            : send(service.base, "POST", "/api/v1/goals/" + goal + "/progress-scores",
                                    "{\"score\":" + (0.5 * (1 + n % 10)) + ",\"note\":\"race " + n + "\"}", Map.of());
                    int status = r == null ? -1 : r.statusCode();
                    synchronized (statuses) {
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                    if (status == 201) {
                        (cycle ? cycles : scores).add(id(r.body()));
                    } else if (status == 503 && r.headers().firstValue("Retry-After").isEmpty()) {
                        noRetryAfter.incrementAndGet();
                    } else if (status != 503 && shown.incrementAndGet() <= 3) {
                        System.out.printf("crash-test: contention: %d %s%n", status, r == null ? "" : r.body());
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        service.kill(); // right after the last answer
        service.start("contention-verify");
        List<String> missing = new ArrayList<>(missing(service.base, "/api/v1/goals/" + goal + "/progress-scores/",
                scores));
        missing.addAll(missing(service.base, "/api/v1/cycles/", cycles));
        service.stop();
        System.out.printf("crash-test: contention: %d writes by %d writers on one goal: statuses %s; %d cycles and %d "
                + "scores acknowledged, %d missing after SIGKILL and restart%n", requests, writers, statuses,
                cycles.size(), scores.size(), missing.size());
        boolean onlyExpected = statuses.keySet().stream().allMatch(s -> s == 201 || s == 503);
        if (!onlyExpected || noRetryAfter.get() > 0 || !missing.isEmpty()) {
            fail("contention: statuses " + statuses + ", " + noRetryAfter.get() + " 503s without Retry-After, "
                    + missing.size() + " acknowledged writes missing");
        }
    }

    // ---- phase 4: webhook figures ----

    static void webhookFigures(Service service) throws Exception {
        service.start("webhook-figures");
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Stub failingFirst = new Stub(id -> seen.add(id) ? 500 : 204);
        expect(send(service.base, "POST", "/api/v1/webhooks", failingFirst.subscription(), Map.of()), 201,
                "subscribe the receiver failing first attempts");
        String trust = id(expect(send(service.base, "POST", "/api/v1/trusts", "{\"name\":\"Hooks "
                + System.nanoTime() + "\",\"odsCode\":\"H" + code(3) + "\"}", Map.of()), 201, "a Trust").body());
        int events = 30;
        for (int i = 0; i < events; i++) {
            expect(send(service.base, "POST", "/api/v1/trusts/" + trust + "/actions", action("hook " + i), Map.of()),
                    201, "an action");
        }
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(6).toNanos();
        while (failingFirst.delivered.size() < events + 1 && System.nanoTime() < deadline) { // + trust.created
            Thread.sleep(100);
        }
        double minutes = (System.nanoTime() - start) / 60e9;
        System.out.printf("crash-test: webhooks: a receiver failing each first attempt took %d events in %.1f s: "
                + "%.0f events a minute%n", failingFirst.delivered.size(), minutes * 60,
                failingFirst.delivered.size() / minutes);
        failingFirst.close();

        Stub slow = new Stub(id -> 204);
        slow.delayMillis = 400;
        expect(send(service.base, "POST", "/api/v1/webhooks", slow.subscription(), Map.of()), 201,
                "subscribe a slow receiver");
        for (int i = 0; i < 40; i++) {
            expect(send(service.base, "POST", "/api/v1/trusts/" + trust + "/actions", action("slow " + i), Map.of()),
                    201, "an action");
        }
        while (slow.count.get() < 3) {
            Thread.sleep(20);
        }
        service.kill(); // mid-delivery: the subscription is leased by the dead instance
        long killed = System.nanoTime();
        int before = slow.count.get();
        service.start("webhook-restart");
        double ready = (System.nanoTime() - killed) / 1e9;
        while (slow.count.get() == before && System.nanoTime() - killed < Duration.ofMinutes(4).toNanos()) {
            Thread.sleep(50);
        }
        double resumed = (System.nanoTime() - killed) / 1e9;
        service.stop();
        slow.close();
        System.out.printf("crash-test: webhooks: SIGKILL mid-delivery → ready again after %.1f s → first delivery "
                + "after %.1f s%n", ready, resumed);
        if (failingFirst.delivered.size() < events + 1 || resumed > 60) {
            fail("webhooks: " + failingFirst.delivered.size() + " of " + (events + 1) + " delivered; resumed after "
                    + resumed + " s");
        }
    }

    // ---- the service and HTTP ----

    /** The packaged service on one data folder, started and stopped (or killed) as an operator would. */
    static final class Service {
        final Path jar;
        final Path work;
        final String base;
        final int port;
        Process process;

        Service(Path jar, Path work, int port) {
            this.jar = jar;
            this.work = work;
            this.port = port;
            this.base = "http://127.0.0.1:" + port;
        }

        void start(String name) throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(javaBin(), "-jar", jar.toString()).directory(work.toFile())
                    .redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile());
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("TRACKER_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("TRACKER_WEBHOOKS_ALLOW_INSECURE_HTTP", "true"); // the receivers below
            builder.environment().put("TRACKER_WEBHOOKS_ALLOWED_TARGETS", "127.0.0.1");
            builder.environment().put("TRACKER_WEBHOOKS_POLL_EVERY", "1s");
            builder.environment().put("TRACKER_RATE_LIMIT_WRITES_PER_MINUTE", "100000");
            builder.environment().put("TRACKER_RATE_LIMIT_READS_PER_MINUTE", "100000");
            process = builder.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("service exited during start with code " + process.exitValue() + "; see " + work + "/"
                            + name + ".log");
                }
                HttpResponse<String> r = send(base, "GET", "/q/health/ready", null, Map.of());
                if (r != null && r.statusCode() == 200) {
                    token = signIn(base);
                    return;
                }
                Thread.sleep(200);
            }
            process.destroyForcibly();
            fail("service did not become ready within 240 s; see " + work + "/" + name + ".log");
        }

        void kill() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroyForcibly(); // SIGKILL
                process.waitFor();
            }
        }

        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy(); // SIGTERM
                process.waitFor();
            }
        }
    }

    static List<String> missing(String base, String path, java.util.Collection<String> ids) {
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            HttpResponse<String> r = send(base, "GET", path + id, null, Map.of());
            if (r == null || r.statusCode() != 200) {
                missing.add(id);
            }
        }
        return missing;
    }

    static String signIn(String base) {
        HttpResponse<String> response = send(base, "POST", "/api/v1/auth/token",
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}", Map.of());
        Matcher m = response == null ? null : TOKEN.matcher(response.body());
        if (m == null || response.statusCode() != 200 || !m.find()) {
            fail("could not sign in as the bootstrap administrator: "
                    + (response == null ? "no response" : response.statusCode() + " " + response.body()));
        }
        return m.group(1);
    }

    static HttpResponse<String> send(String base, String method, String path, String body,
            Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (token != null && !path.equals("/api/v1/auth/token")) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response == null || response.statusCode() != status) {
            fail(what + ": expected " + status + ", got "
                    + (response == null ? "no response" : response.statusCode() + " " + response.body()));
        }
        return response;
    }

    static String action(String title) {
        return "{\"title\":\"" + title + "\",\"owner\":\"Sam Ward\",\"dueOn\":\"2027-01-15\"}";
    }

    static String code(int n) {
        return Long.toString(System.nanoTime() % 1296 + 1296 * (n % 27), 36).toUpperCase();
    }

    static String id(String body) {
        return match(ID, body);
    }

    static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body == null ? "" : body);
        if (!m.find()) {
            fail("no " + pattern + " in " + body);
        }
        return m.group(1);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteRecursively(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteRecursively(child);
            }
        }
        file.delete();
    }

    static void fail(String message) {
        System.out.println("crash-test: FAILED: " + message);
        System.exit(1);
    }

    /** Threads that only spin: the CPU load under which the service must still keep every acknowledged write. */
    static final class Busy {
        final int threads;
        final AtomicBoolean stop = new AtomicBoolean();

        Busy(int threads) {
            this.threads = threads;
        }

        void start() {
            for (int i = 0; i < threads; i++) {
                Thread t = new Thread(() -> {
                    long x = 0;
                    while (!stop.get()) {
                        x += System.nanoTime() % 7;
                    }
                });
                t.setDaemon(true);
                t.start();
            }
        }

        void stop() {
            stop.set(true);
        }
    }

    /** A webhook receiver answering each message by its webhook-id, counting what it took. */
    static final class Stub {
        final HttpServer server;
        final AtomicInteger count = new AtomicInteger();
        final Set<String> delivered = ConcurrentHashMap.newKeySet();
        volatile long delayMillis;

        Stub(java.util.function.Function<String, Integer> answer) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                sleep(delayMillis);
                int status = answer.apply(id == null ? "" : id);
                count.incrementAndGet();
                if (status / 100 == 2) {
                    delivered.add(id);
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String subscription() {
            return "{\"url\":\"http://127.0.0.1:" + server.getAddress().getPort() + "/hooks\",\"allTrusts\":true}";
        }

        void close() {
            server.stop(0);
        }
    }

    /** The webhook receiver of the mid-write phase: verifies each message and records what arrived, in order. */
    static final class Hooks {
        static final Pattern CURSOR = Pattern.compile("\"cursor\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");
        final HttpServer server;
        volatile String secret;
        final List<String[]> arrivals = new ArrayList<>(); // webhook-id, resourceId, seq
        final Map<String, Integer> perId = new LinkedHashMap<>();
        int badSignatures;

        Hooks() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                String sig = exchange.getRequestHeaders().getFirst("webhook-signature");
                sleep(5); // a receiver that takes a moment, so kills land mid-delivery
                synchronized (this) {
                    if (!verified(id, ts, body, sig)) {
                        badSignatures++;
                    }
                    Matcher r = RESOURCE.matcher(body);
                    Matcher c = CURSOR.matcher(body);
                    String seq = c.find() ? new String(Base64.getUrlDecoder().decode(c.group(1)),
                            StandardCharsets.UTF_8).split(":")[1] : "-1";
                    arrivals.add(new String[] {id, r.find() ? r.group(1) : "", seq});
                    perId.merge(id, 1, Integer::sum);
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        void subscribe(String base, String token) {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
            HttpResponse<String> created = expect(send(base, "POST", "/api/v1/webhooks", "{\"url\":\"" + url
                    + "\",\"eventTypes\":[\"trust.created\"],\"allTrusts\":true}", Map.of()), 201,
                    "subscribe the webhook receiver");
            secret = match(SECRET, created.body());
        }

        synchronized boolean deliveredAll(Set<String> acknowledged) {
            Set<String> got = new java.util.HashSet<>();
            arrivals.forEach(a -> got.add(a[1]));
            return got.containsAll(acknowledged);
        }

        synchronized void check(Set<String> acknowledged) {
            Set<String> got = new java.util.HashSet<>();
            Set<String> seen = new java.util.HashSet<>();
            long last = -1;
            int outOfOrder = 0;
            for (String[] a : arrivals) {
                got.add(a[1]);
                if (seen.add(a[0])) { // a first delivery: must come after every earlier first delivery
                    long seq = Long.parseLong(a[2]);
                    if (seq <= last) {
                        outOfOrder++;
                    }
                    last = seq;
                }
            }
            List<String> lost = acknowledged.stream().filter(id -> !got.contains(id)).toList();
            long duplicates = perId.values().stream().filter(n -> n > 1).count();
            System.out.printf("crash-test: webhooks: %d acknowledged Trusts, %d messages received (%d distinct "
                    + "webhook-ids), %d re-delivered after a kill, %d lost, %d out of feed order, %d bad signatures%n",
                    acknowledged.size(), arrivals.size(), perId.size(), duplicates, lost.size(), outOfOrder,
                    badSignatures);
            server.stop(0);
            if (!lost.isEmpty() || outOfOrder > 0 || badSignatures > 0) {
                fail("webhooks: " + lost.size() + " lost, " + outOfOrder + " out of order, " + badSignatures
                        + " bad signatures");
            }
        }

        boolean verified(String id, String ts, String body, String header) {
            if (id == null || ts == null || header == null || secret == null
                    || Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(ts)) > 300) {
                return false;
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
                byte[] expected = mac.doFinal((id + "." + ts + "." + body).getBytes(StandardCharsets.UTF_8));
                for (String part : header.split(" ")) {
                    if (part.startsWith("v1,") && MessageDigest.isEqual(expected,
                            Base64.getDecoder().decode(part.substring(3)))) {
                        return true;
                    }
                }
            } catch (java.security.GeneralSecurityException e) {
                return false;
            }
            return false;
        }
    }
}
