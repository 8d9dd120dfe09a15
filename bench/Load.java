import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a benchmark data set through the API, as integrations and people would create it: Trusts, goals, PDSA
 * cycles, actions, and measures with a batch of observations each. Writes the ids wrk needs (trusts.txt,
 * measures.txt) and each Trust's current roll-up ETag (etags.txt) to the output directory.
 *
 * Usage: java bench/Load.java <base-url> <token> <out-dir> <trusts> <actions> <cycles> <measures> <observations>
 */
public class Load {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern NEXT = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
    static final AtomicLong REQUESTS = new AtomicLong();
    static String base;
    static String token;

    public static void main(String[] args) throws Exception {
        base = args[0];
        token = args[1];
        Path out = Path.of(args[2]);
        int trusts = Integer.parseInt(args[3]);
        int actions = Integer.parseInt(args[4]);
        int cycles = Integer.parseInt(args[5]);
        int measures = Integer.parseInt(args[6]);
        int observations = Integer.parseInt(args[7]);
        Files.createDirectories(out);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(16);

        List<String> trustIds = parallel(pool, trusts, i -> id(post("/api/v1/trusts", String.format(
                "{\"name\":\"Bench Trust %05d\",\"odsCode\":\"B%04d\",\"region\":\"%s\",\"services\":[\"ADULT\"]}",
                i, i, REGIONS[i % REGIONS.length]))));
        List<String> goalIds = parallel(pool, trusts * 2, i -> id(post("/api/v1/trusts/" + trustIds.get(i / 2)
                + "/goals", String.format("{\"challengeNumber\":%d,\"title\":\"Goal %d\",\"aimStatement\":\"Aim %d\","
                + "\"targetDate\":\"2027-03-31\",\"priority\":%d}", i % 10 + 1, i, i, i % 2 + 1))));
        parallel(pool, cycles, i -> id(post("/api/v1/goals/" + goalIds.get(i % goalIds.size()) + "/cycles",
                "{\"title\":\"Cycle " + i + "\",\"changeIdea\":\"Idea " + i + "\",\"purpose\":\"TEST\","
                + "\"plan\":{\"objective\":\"Learn " + i + "\"}}")));
        parallel(pool, actions, i -> id(post("/api/v1/trusts/" + trustIds.get(i % trusts) + "/actions",
                String.format("{\"title\":\"Action %d\",\"owner\":\"Owner %d\",\"dueOn\":\"%s\"}", i, i % 40,
                        i % 5 == 0 ? "2026-01-15" : "2027-06-30"))));
        List<String> measureIds = parallel(pool, measures, i -> {
            String id = id(post("/api/v1/trusts/" + trustIds.get(i % trusts) + "/measures",
                    "{\"templateCode\":\"" + TEMPLATES[i % TEMPLATES.length] + "\",\"target\":10}"));
            StringBuilder batch = new StringBuilder("{\"observations\":[");
            for (int m = 0; m < observations; m++) {
                batch.append(m == 0 ? "" : ",").append(String.format("{\"period\":\"%04d-%02d\",\"value\":%d}",
                        2020 + m / 12, m % 12 + 1, 8 + (m * 7 + i) % 6));
            }
            post("/api/v1/measures/" + id + "/observations", batch.append("]}").toString());
            return id;
        });
        List<String> etags = parallel(pool, trusts, i -> trustIds.get(i) + " "
                + get("/api/v1/trusts/" + trustIds.get(i) + "/progress").headers().firstValue("ETag").orElseThrow());
        pool.shutdown();
        // The feed's last position, where a dashboard that is up to date polls from (nextCursor is never null).
        String cursor = null;
        while (true) {
            String page = get("/api/v1/changes?limit=200" + (cursor == null ? "" : "&after=" + cursor)).body();
            Matcher next = NEXT.matcher(page);
            if (!next.find()) {
                throw new IllegalStateException("no nextCursor in the change feed");
            }
            cursor = next.group(1);
            if (page.replace(" ", "").contains("\"items\":[]")) {
                break;
            }
        }
        Files.writeString(out.resolve("cursor.txt"), cursor);
        Files.write(out.resolve("trusts.txt"), trustIds);
        Files.write(out.resolve("measures.txt"), measureIds);
        Files.write(out.resolve("etags.txt"), etags);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("load: %d Trusts, %d goals, %d cycles, %d actions, %d measures × %d observations: "
                + "%d requests in %.0f s (%.0f/s)%n", trusts, goalIds.size(), cycles, actions, measures, observations,
                REQUESTS.get(), seconds, REQUESTS.get() / seconds);
    }

    static final String[] REGIONS = {"North West", "North East and Yorkshire", "Midlands", "East of England",
        "London", "South East", "South West"};
    static final String[] TEMPLATES = {"prone-restraint", "seclusion-episodes", "assaults-on-staff", "seclusion-hours"};

    interface Task {
        String run(int i) throws Exception;
    }

    static List<String> parallel(ExecutorService pool, int count, Task task) throws Exception {
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> task.run(n)));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : futures) {
            results.add(f.get());
        }
        return Collections.unmodifiableList(results);
    }

    static String post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        REQUESTS.incrementAndGet();
        return HTTP.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }
}
