import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A graceful stop is quiet: the packaged service is started, used (reads, writes, and the webhook sender delivering to
 * a slow receiver), then stopped with SIGTERM while a delivery is under way. It must exit within the shutdown timeout,
 * and its log must hold no line at WARN or ERROR and no stack trace. The sender gives up its lease as it stops, so
 * after a restart deliveries carry on at the next poll rather than when the lease would have run out.
 *
 * Usage: java scripts/StopTest.java [quarkus-run.jar]. Exits 1 on failure.
 */
public class StopTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final String PASSWORD = "stop-" + java.util.UUID.randomUUID();
    static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern NOISE = Pattern.compile("^\\S+ (WARN|ERROR)|Exception|^\\s+at ");
    static String token;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        Path work = Files.createTempDirectory("tracker-stop-");
        int port = 19500 + (int) (ProcessHandle.current().pid() % 400);
        String base = "http://127.0.0.1:" + port;
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            sleep(300); // slow enough that a stop lands mid-delivery
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        Process service = start(jar, work, port, "first.log");
        send(base, "POST", "/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hooks\",\"allTrusts\":true}", 201);
        String trust = id(send(base, "POST", "/api/v1/trusts", "{\"name\":\"Stop test " + System.nanoTime()
                + "\",\"odsCode\":\"S" + Long.toString(System.nanoTime() % 46656, 36).toUpperCase() + "\"}", 201));
        for (int i = 0; i < 30; i++) {
            send(base, "POST", "/api/v1/trusts/" + trust + "/actions", "{\"title\":\"Stop " + i
                    + "\",\"owner\":\"Sam Ward\",\"dueOn\":\"2027-01-15\"}", 201);
        }
        for (String read : List.of("/api/v1/challenges", "/api/v1/trusts/" + trust, "/api/v1/trusts/" + trust
                + "/actions", "/api/v1/trusts/" + trust + "/progress", "/api/v1/changes")) {
            send(base, "GET", read, null, 200);
        }
        while (received.get() < 3) {
            Thread.sleep(20);
        }
        long stopping = System.nanoTime();
        service.destroy(); // SIGTERM
        service.waitFor();
        double stopSeconds = (System.nanoTime() - stopping) / 1e9;
        int deliveredBeforeStop = received.get();
        List<String> noise = noise(work.resolve("first.log"));
        System.out.printf("stop-test: SIGTERM mid-delivery → exit code %d after %.1f s; %d log lines at WARN/ERROR%n",
                service.exitValue(), stopSeconds, noise.size());
        System.out.println("stop-test: the log of the stop:");
        List<String> log = Files.readAllLines(work.resolve("first.log"));
        log.subList(Math.max(0, log.size() - 6), log.size()).forEach(line -> System.out.println("    " + line));

        long restarting = System.nanoTime();
        Process again = start(jar, work, port, "second.log");
        double ready = (System.nanoTime() - restarting) / 1e9;
        while (received.get() == deliveredBeforeStop && System.nanoTime() - restarting < Duration.ofSeconds(90).toNanos()) {
            Thread.sleep(20);
        }
        double resumed = (System.nanoTime() - restarting) / 1e9;
        again.destroy();
        again.waitFor();
        noise.addAll(noise(work.resolve("second.log")));
        receiver.stop(0);
        System.out.printf("stop-test: restarted: ready after %.1f s, first delivery after %.1f s (the lease was "
                + "given up at the stop)%n", ready, resumed);
        if (!noise.isEmpty() || stopSeconds > 15 || resumed - ready > 5) {
            noise.forEach(line -> System.out.println("    " + line));
            System.out.println("stop-test: FAILED");
            System.exit(1);
        }
        System.out.println("stop-test: PASSED");
        System.exit(0);
    }

    static List<String> noise(Path log) throws IOException {
        return new java.util.ArrayList<>(Files.readAllLines(log).stream().filter(l -> NOISE.matcher(l).find()).toList());
    }

    static Process start(Path jar, Path work, int port, String log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(log).toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("TRACKER_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD);
        builder.environment().put("TRACKER_WEBHOOKS_ALLOW_INSECURE_HTTP", "true");
        builder.environment().put("TRACKER_WEBHOOKS_ALLOWED_TARGETS", "127.0.0.1");
        builder.environment().put("TRACKER_WEBHOOKS_POLL_EVERY", "1s");
        Process process = builder.start();
        String base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the service exited during start; see " + work.resolve(log));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    HttpResponse<String> signIn = HTTP.send(HttpRequest.newBuilder(URI.create(base
                            + "/api/v1/auth/token")).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                                    + PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                    Matcher m = TOKEN.matcher(signIn.body());
                    if (!m.find()) {
                        fail("sign-in: " + signIn.statusCode() + " " + signIn.body());
                    }
                    token = m.group(1);
                    return process;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        fail("the service did not become ready within 120 s");
        return null;
    }

    static String send(String base, String method, String path, String body, int expected) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            fail(method + " " + path + ": expected " + expected + ", got " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }

    static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            fail("no id in " + body);
        }
        return m.group(1);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void fail(String message) {
        System.out.println("stop-test: FAILED: " + message);
        System.exit(1);
    }
}
