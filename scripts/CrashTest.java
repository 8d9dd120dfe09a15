import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Crash test: no acknowledged write may be lost when the service is killed with SIGKILL.
 *
 * Starts the packaged service on a fresh data directory, has concurrent clients create Trusts and records the id
 * of every 201, kills the process with SIGKILL mid-stream, restarts it on the same data and checks that every
 * acknowledged Trust is there. Repeats for several rounds. Exits 1 if anything acknowledged is missing.
 *
 * A webhook receiver on 127.0.0.1 is subscribed to every trust.created before the first round, so the kills also
 * land mid-delivery; after the last round the service runs until every acknowledged Trust has been delivered. It
 * checks every signature (Standard Webhooks v1), that none is missing, and that first deliveries arrive in feed
 * order; re-deliveries of one message (the same webhook-id) after a crash are counted, as the spec allows them.
 *
 * Usage: java scripts/CrashTest.java [path/to/quarkus-run.jar] [rounds] [writers]
 * Needs only a JDK (11+). Extra environment for the service (e.g. a PostgreSQL URL) is passed through.
 */
public class CrashTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final String ADMIN_PASSWORD = "crash-" + java.util.UUID.randomUUID();
    static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    static volatile String token;
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        if (!Files.exists(jar)) {
            fail("No packaged service at " + jar + "; run ./mvnw package first");
        }
        Path work = Files.createTempDirectory("tracker-crash-");
        int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
        String base = "http://127.0.0.1:" + port;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger failedWrites = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        System.out.printf("crash-test: %d rounds, %d concurrent writers, data in %s%n", rounds, writers, work);
        Hooks hooks = new Hooks();

        for (int round = 1; round <= rounds; round++) {
            Process service = start(jar, work, port, "round-" + round);
            awaitReady(base, service);
            token = signIn(base);
            if (round == 1) {
                hooks.subscribe(base, token);
            }
            int before = acknowledged.size();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Thread t = new Thread(() -> write(base, stop, acknowledged, failedWrites, sequence));
                t.start();
                threads.add(t);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (acknowledged.size() - before < 150 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            service.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
            service.waitFor();
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
            System.out.printf("crash-test: round %d killed with SIGKILL after %d acknowledged writes (%d in all)%n",
                    round, acknowledged.size() - before, acknowledged.size());

            Process restarted = start(jar, work, port, "verify-" + round);
            awaitReady(base, restarted);
            HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                    .header("Authorization", "Bearer " + token).GET().build());
            if (me == null || me.statusCode() != 200) {
                fail("a token issued before the crash was refused after restart: the signing key was not kept");
            }
            token = signIn(base);
            List<String> missing = new ArrayList<>();
            for (String id : acknowledged) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/trusts/" + id))
                        .header("Authorization", "Bearer " + token).GET().build());
                if (response == null || response.statusCode() != 200) {
                    missing.add(id);
                }
            }
            restarted.destroy();
            restarted.waitFor();
            System.out.printf("crash-test: round %d after restart: %d acknowledged, %d found, %d missing%n",
                    round, acknowledged.size(), acknowledged.size() - missing.size(), missing.size());
            if (!missing.isEmpty()) {
                fail("acknowledged writes lost after SIGKILL: " + missing.subList(0, Math.min(5, missing.size())));
            }
            if (acknowledged.size() - before < 20) {
                fail("too few writes were acknowledged in round " + round + " to prove anything; see " + work);
            }
        }
        Process last = start(jar, work, port, "webhooks");
        awaitReady(base, last);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!hooks.deliveredAll(acknowledged) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        last.destroy();
        last.waitFor();
        hooks.check(acknowledged);
        System.out.printf("crash-test: PASSED: %d acknowledged writes over %d SIGKILLs, 0 lost (%d writes cut off unacknowledged)%n",
                acknowledged.size(), rounds, failedWrites.get());
        deleteRecursively(work.toFile());
    }

    static void write(String base, AtomicBoolean stop, Set<String> acknowledged, AtomicInteger failed,
            AtomicInteger sequence) {
        while (!stop.get()) {
            int n = sequence.getAndIncrement();
            String ods = "C" + String.format("%4s", Integer.toString(n, 36)).replace(' ', '0').toUpperCase();
            String body = "{\"name\":\"Crash test trust " + n + "\",\"odsCode\":\"" + ods + "\"}";
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/trusts"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (response != null && response.statusCode() == 201) {
                Matcher m = ID.matcher(response.body());
                if (m.find()) {
                    acknowledged.add(m.group(1));
                }
            } else {
                failed.incrementAndGet();
                if (response == null) {
                    sleep(10);
                }
            }
        }
    }

    static Process start(Path jar, Path work, int port, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-jar", jar.toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("TRACKER_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("TRACKER_WEBHOOKS_ALLOW_INSECURE_HTTP", "true"); // the receiver below
        builder.environment().put("TRACKER_WEBHOOKS_ALLOWED_TARGETS", "127.0.0.1");
        builder.environment().put("TRACKER_WEBHOOKS_POLL_EVERY", "1s");
        return builder.start();
    }

    static void awaitReady(String base, Process service) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                fail("service exited during start with code " + service.exitValue());
            }
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build());
            if (response != null && response.statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        service.destroyForcibly();
        fail("service did not become ready within 90 s");
    }

    static String signIn(String base) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}")).build());
        Matcher m = response == null ? null : TOKEN.matcher(response.body());
        if (m == null || response.statusCode() != 200 || !m.find()) {
            fail("could not sign in as the bootstrap administrator: "
                    + (response == null ? "no response" : response.statusCode() + " " + response.body()));
        }
        return m.group(1);
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
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

    /** The webhook receiver: verifies each message and records what arrived, in arrival order. */
    static final class Hooks {
        static final Pattern RESOURCE = Pattern.compile("\"resourceId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        static final Pattern CURSOR = Pattern.compile("\"cursor\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");
        static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"(whsec_[^\"]+)\"");
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
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/webhooks"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url
                            + "\",\"eventTypes\":[\"trust.created\"],\"allTrusts\":true}")).build());
            Matcher m = created == null ? null : SECRET.matcher(created.body());
            if (m == null || created.statusCode() != 201 || !m.find()) {
                fail("could not subscribe the webhook receiver: " + (created == null ? "no response"
                        : created.statusCode() + " " + created.body()));
            }
            secret = m.group(1);
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
