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

/**
 * Crash test: no acknowledged write may be lost when the service is killed with SIGKILL.
 *
 * Starts the packaged service on a fresh data directory, has concurrent clients create Trusts and records the id
 * of every 201, kills the process with SIGKILL mid-stream, restarts it on the same data and checks that every
 * acknowledged Trust is there. Repeats for several rounds. Exits 1 if anything acknowledged is missing.
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

        for (int round = 1; round <= rounds; round++) {
            Process service = start(jar, work, port, "round-" + round);
            awaitReady(base, service);
            token = signIn(base);
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
}
