import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The worst case a caller may build within a measure's limits (docs/decisions/0020), then the cost of reading it.
 * Loads one Trust with 50 weekly measures at the limits (1,044 weeks, 20 rebases, every point annotated with 500
 * characters) and a learning set of 9 such Trusts sharing a monthly template at its limit (240 months, 20 rebases).
 * Then asks, one request at a time so that nothing else runs in the service, for: each measure's SPC chart as SVG
 * drawn for the first time (cold), at every listed width, at unlisted widths (served as the listed width below), the
 * Trust report and the learning-set comparison drawn afresh after a write (cold) and again (warm). For each it prints
 * latency p50/p99/max, the service's CPU time per request (from /proc/<pid>/stat: every thread, GC and JIT included)
 * and the response size. Writes measures.txt and trusts.txt of the worst case for wrk.
 *
 * Usage: java bench/WorstCase.java <base-url> <token> <service-pid> <out-dir> <result-file>
 */
public class WorstCase {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final int MEASURES = 50;
    static final int WEEKS = 1044;
    static final int MONTHS = 240;
    static final int MEMBERS = 9;
    static final String TEMPLATE = "seclusion-episodes";
    static final int[] WIDTHS = {320, 480, 640, 720, 800, 960, 1200, 1600, 2400};
    static String base;
    static String token;
    static long pid;
    static final List<String> LINES = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        base = args[0];
        token = args[1];
        pid = Long.parseLong(args[2]);
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        long started = System.nanoTime();
        String trust = id(post("/api/v1/trusts", "{\"name\":\"Worst case Trust\",\"odsCode\":\"WC001\","
                + "\"region\":\"London\",\"services\":[\"ADULT\"]}"));
        List<String> measures = new ArrayList<>();
        for (int i = 0; i < MEASURES; i++) {
            String measure = id(post("/api/v1/trusts/" + trust + "/measures", "{\"name\":\"Worst measure " + i
                    + "\",\"type\":\"OUTCOME\",\"definition\":\"At the limits\",\"unit\":\"episodes\","
                    + "\"improvementDirection\":\"DECREASE\",\"frequency\":\"WEEKLY\",\"challengeNumber\":7,"
                    + "\"target\":12}"));
            LocalDate monday = LocalDate.of(2000, 1, 3);
            record(measure, WEEKS, k -> {
                LocalDate day = monday.plusWeeks(k);
                return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }, 52);
            measures.add(measure);
        }
        List<String> members = new ArrayList<>(List.of(trust));
        for (int i = 1; i < MEMBERS; i++) {
            members.add(id(post("/api/v1/trusts", "{\"name\":\"Worst member " + i + "\",\"odsCode\":\"WC" + (100 + i)
                    + "\",\"region\":\"London\",\"services\":[\"ADULT\"]}")));
        }
        String me = id(get("/api/v1/me").body());
        String set = id(post("/api/v1/learning-sets", "{\"name\":\"Worst set\",\"purpose\":\"At the limits\","
                + "\"kind\":\"ACTION_LEARNING_SET\",\"focusChallenges\":[7],\"startsOn\":\"2000-01-01\","
                + "\"status\":\"ACTIVE\",\"facilitatorIds\":[\"" + me + "\"],\"measureTemplateCodes\":[\"" + TEMPLATE
                + "\"]}"));
        List<String> shared = new ArrayList<>();
        for (String member : members) {
            post("/api/v1/learning-sets/" + set + "/members", "{\"trustId\":\"" + member
                    + "\",\"joinedOn\":\"2000-01-01\"}");
            String measure = id(get("/api/v1/trusts/" + member + "/measures?templateCode=" + TEMPLATE).body());
            record(measure, MONTHS, k -> YearMonth.of(2000, 1).plusMonths(k).toString(), 11);
            shared.add(measure);
        }
        Files.write(out.resolve("measures.txt"), measures);
        Files.write(out.resolve("trusts.txt"), List.of(trust));
        line(String.format("worst case loaded in %.0f s: 1 Trust × %d weekly measures × %d weeks (20 rebases, every "
                + "point annotated), a set of %d Trusts × %d months", (System.nanoTime() - started) / 1e9, MEASURES,
                WEEKS, MEMBERS, MONTHS));
        line(String.format("%-44s %6s %8s %8s %8s %10s %10s", "worst case (one request at a time)", "n", "p50 ms",
                "p99 ms", "max ms", "CPU ms/req", "bytes"));

        String svg = "image/svg+xml";
        measure("SPC SVG, first drawing (cold)", measures.size(), k -> "/api/v1/measures/" + measures.get(k)
                + "/spc?width=800", svg);
        measure("SPC SVG, every listed width (cold)", WIDTHS.length, k -> "/api/v1/measures/" + measures.get(0)
                + "/spc?width=" + WIDTHS[k], svg);
        measure("SPC SVG, unlisted widths 801-900 (snapped)", 100, k -> "/api/v1/measures/" + measures.get(1)
                + "/spc?width=" + (801 + k), svg);
        measure("SPC SVG (warm)", 200, k -> "/api/v1/measures/" + measures.get(k % measures.size()) + "/spc", svg);
        measure("run chart SVG, first drawing (cold)", measures.size(), k -> "/api/v1/measures/" + measures.get(k)
                + "/run-chart", svg);
        measure("SPC JSON, first analysis (cold)", 1, k -> "/api/v1/measures/" + measures.get(0) + "/spc",
                "application/json");
        String report = "/api/v1/trusts/" + trust + "/report";
        Write action = k -> post("/api/v1/trusts/" + trust + "/actions", "{\"title\":\"Worst action " + k
                + "\",\"owner\":\"Bench\",\"dueOn\":\"2030-01-01\"}");
        measureCold("Trust report, 50 measures (first, none drawn)", 1, report, "text/html", action);
        measureCold("Trust report after a write to no measure", 10, report, "text/html", action);
        measureCold("Trust report after one series changed", 10, report, "text/html", k -> patch("/api/v1/measures/"
                + measures.get(k) + "/observations/2000-W01", "{\"annotation\":\"Changed by the bench " + k + "\"}"));
        measure("Trust report, 50 measures (warm)", 50, k -> report, "text/html");
        String comparison = "/api/v1/learning-sets/" + set + "/comparison?templateCode=" + TEMPLATE;
        measureCold("comparison SVG, 9 members (cold)", 10, comparison, svg, k -> post("/api/v1/trusts/"
                + members.get(1) + "/actions", "{\"title\":\"Worst action " + k + "\",\"owner\":\"Bench\","
                + "\"dueOn\":\"2030-01-01\"}"));
        measure("comparison SVG, 9 members (warm)", 50, k -> comparison, svg);
        line(String.format("%s no worst-case request costs more than 100 ms of CPU on average (worst %.1f ms)",
                worstCpu <= 100 ? "PASS" : "FAIL", worstCpu));
        Files.write(Path.of(args[4]), LINES);
    }

    /** {@code n} requests in turn; latency per request and the service's CPU time over all of them. */
    static void measure(String name, int n, IntFunction<String> path, String accept) throws Exception {
        long[] millis = new long[n];
        long bytes = 0;
        long cpu = cpuMillis();
        for (int k = 0; k < n; k++) {
            long t = System.nanoTime();
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path.apply(k)))
                    .header("Accept", accept).GET());
            millis[k] = (System.nanoTime() - t) / 1_000_000;
            check(response, path.apply(k));
            bytes = Math.max(bytes, response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
        print(name, millis, (cpuMillis() - cpu) / (double) n, bytes);
    }

    /** A write made before each cold request, so that it is drawn afresh. */
    interface Write {
        void before(int k) throws Exception;
    }

    /** Each request drawn afresh: {@code write} moves the Trust's change number on before each. */
    static void measureCold(String name, int n, String path, String accept, Write write) throws Exception {
        long[] millis = new long[n];
        long bytes = 0;
        double cpuTotal = 0;
        for (int k = 0; k < n; k++) {
            write.before(k);
            long cpu = cpuMillis();
            long t = System.nanoTime();
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", accept).GET());
            millis[k] = (System.nanoTime() - t) / 1_000_000;
            cpuTotal += cpuMillis() - cpu;
            check(response, path);
            bytes = Math.max(bytes, response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
        print(name, millis, cpuTotal / n, bytes);
    }

    static double worstCpu;

    static void print(String name, long[] millis, double cpuPerRequest, long bytes) {
        worstCpu = Math.max(worstCpu, cpuPerRequest);
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        line(String.format("%-44s %6d %8d %8d %8d %10.1f %10d", name, sorted.length,
                sorted[(int) Math.ceil(sorted.length * 0.50) - 1], sorted[(int) Math.ceil(sorted.length * 0.99) - 1],
                sorted[sorted.length - 1], cpuPerRequest, bytes));
    }

    static void line(String text) {
        System.out.println(text);
        LINES.add(text);
    }

    /** The service's CPU time so far (user + system, every thread), in milliseconds. */
    static long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    /**
     * {@code count} periods in batches of 250 (a body is at most 256 KB), a rebase every {@code every} (at most 20),
     * each annotated with nearly 500 characters.
     */
    static void record(String measure, int count, IntFunction<String> period, int every) throws Exception {
        String note = "x".repeat(480);
        for (int from = 0; from < count; from += 250) {
            StringBuilder batch = new StringBuilder("{\"observations\":[");
            for (int k = from; k < Math.min(count, from + 250); k++) {
                boolean rebase = k > 0 && k % every == 0 && k / every <= 20;
                batch.append(k == from ? "" : ",").append(String.format("{\"period\":\"%s\",\"value\":%d,"
                        + "\"annotation\":\"%s %05d\",\"rebase\":%s}", period.apply(k), 8 + (k * 7) % 11, note, k,
                        rebase));
            }
            post("/api/v1/measures/" + measure + "/observations", batch.append("]}").toString());
        }
    }

    static void check(HttpResponse<String> response, String path) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " → " + response.statusCode() + ": " + response.body());
        }
    }

    static String post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** A merge patch with the ETag the resource has now. */
    static void patch(String path, String body) throws IOException, InterruptedException {
        String etag = get(path).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/merge-patch+json").header("If-Match", etag)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("PATCH " + path + " → " + response.statusCode() + ": " + response.body());
        }
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        check(response, path);
        return response;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(120)).build(),
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
