import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a benchmark data set through the API, as integrations and people would create it: Trusts with their units
 * (a spreadsheet of wards and teams per Trust, as a Trust uploads it), goals, PDSA cycles, actions (a third on
 * units), measures with a batch of observations each, ward-level rate measures recorded by unit (some broken down by
 * ethnic group, parts adding up), and learning sets sharing the ward measure's template. Writes the ids wrk needs to
 * the output directory (one row per line, fields separated by a space; see bench/wrk/scenario.lua):
 *
 * <pre>
 *   trusts.txt          Trust ids                 measures.txt       every measure id
 *   etags.txt           Trust id, roll-up ETag    cursor.txt         the change feed's last position
 *   ward-trusts.txt     Trusts with a ward measure
 *   ward-measures.txt   ward-level measure ids    ward-units.txt     ward measure id, a ward recording it
 *   group-measures.txt  those with ETHNIC_GROUP   groups.txt         group measure id, an ETHNIC_GROUP code
 *   subtrees.txt        Trust id, a service unit (the root of a subtree of wards and teams)
 *   comparisons.txt     learning set id, a Trust lead's token of one member (the sets whose members have parts)
 *   leads.txt           each set's Trust lead: its Trust id and token
 * </pre>
 *
 * Then reads every row of the cached scenarios once (small multiples, unit and group charts, disparities,
 * comparisons), so wrk measures them warm, as the existing scenarios are, and so a wrong path fails here.
 *
 * Usage: java bench/Load.java <base-url> <token> <out-dir> <trusts> <actions> <cycles> <measures> <observations>
 * [<units per Trust> <ward measures> <of those, with ETHNIC_GROUP> <learning sets> <Trusts per set>]
 */
public class Load {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern NEXT = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    static final AtomicLong REQUESTS = new AtomicLong();
    static final String[] GROUP_CODES = {"WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "NOT_STATED_OR_KNOWN"};
    /** Each group's share of the bed days, in per mille (the last takes the remainder). */
    static final int[] GROUP_BED_SHARE = {700, 50, 80, 110, 40};
    /** Each group's relative chance of restraint per bed day (Black patients' higher, as the national figures). */
    static final double[] GROUP_RISK = {1.0, 1.3, 0.9, 3.0, 1.1, 1.0};
    static final String WARD_TEMPLATE = "restraint-rate";
    /** The last month of a ward series (the month before the data is loaded, as a Trust would have it). */
    static final YearMonth LAST_WARD_MONTH = YearMonth.of(2026, 11);
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
        int units = args.length > 8 ? Integer.parseInt(args[8]) : 0;
        int wardMeasures = units >= 3 && args.length > 9 ? Math.min(Integer.parseInt(args[9]), measures) : 0;
        int groupMeasures = args.length > 10 ? Math.min(Integer.parseInt(args[10]), wardMeasures) : 0;
        int sets = wardMeasures > 0 && args.length > 11 ? Integer.parseInt(args[11]) : 0;
        int setSize = args.length > 12 ? Math.min(Integer.parseInt(args[12]), trusts) : 0;
        Files.createDirectories(out);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(16, r -> { // daemons: a failure ends the loader
            Thread thread = new Thread(r);
            thread.setDaemon(true);
            return thread;
        });
        List<String> phases = new ArrayList<>();
        Phase phase = new Phase(phases);

        List<String> trustIds = parallel(pool, trusts, i -> id(post("/api/v1/trusts", String.format(
                "{\"name\":\"Bench Trust %05d\",\"odsCode\":\"B%04d\",\"region\":\"%s\",\"services\":[\"ADULT\"]}",
                i, i, REGIONS[i % REGIONS.length]))));
        phase.done("Trusts");
        // Each Trust's units in one spreadsheet (as a Trust uploads them): two services, wards under the first,
        // wards and then two teams under the second. unitsOf.get(t): [service 1, service 2, leaves...] in file order.
        List<String> unitRows = unitRows(units);
        List<List<String>> unitsOf = units < 3 ? List.of() : parallelList(pool, trusts, t -> {
            String body = post("/api/v1/trusts/" + trustIds.get(t) + "/units", "text/csv",
                    "name,kind,parent,openedOn\r\n" + String.join("\r\n", unitRows) + "\r\n");
            List<String> ids = ids(body);
            if (ids.size() != units) {
                throw new IllegalStateException("expected " + units + " units, got " + ids.size() + ": " + body);
            }
            return ids;
        });
        // The wards (kind WARD) of each Trust: the rows whose kind is WARD, by index in unitsOf.
        List<Integer> wardIndexes = new ArrayList<>();
        for (int u = 0; u < unitRows.size(); u++) {
            if (unitRows.get(u).contains(",WARD,")) {
                wardIndexes.add(u);
            }
        }
        phase.done(units < 3 ? "no units" : trusts * units + " units");
        List<String> goalIds = parallel(pool, trusts * 2, i -> id(post("/api/v1/trusts/" + trustIds.get(i / 2)
                + "/goals", String.format("{\"challengeNumber\":%d,\"title\":\"Goal %d\",\"aimStatement\":\"Aim %d\","
                + "\"targetDate\":\"2027-03-31\",\"priority\":%d}", i % 10 + 1, i, i, i % 2 + 1))));
        phase.done("goals");
        parallel(pool, cycles, i -> id(post("/api/v1/goals/" + goalIds.get(i % goalIds.size()) + "/cycles",
                "{\"title\":\"Cycle " + i + "\",\"changeIdea\":\"Idea " + i + "\",\"purpose\":\"TEST\","
                + "\"plan\":{\"objective\":\"Learn " + i + "\"}}")));
        phase.done("cycles");
        // A third of the actions on a unit of their Trust (each unit in turn), the rest on the Trust as a whole.
        parallel(pool, actions, i -> {
            int t = i % trusts;
            String unit = units >= 3 && i % 3 == 0
                    ? ",\"unitId\":\"" + unitsOf.get(t).get((i / trusts / 3) % units) + "\"" : "";
            return id(post("/api/v1/trusts/" + trustIds.get(t) + "/actions",
                    String.format("{\"title\":\"Action %d\",\"owner\":\"Owner %d\",\"dueOn\":\"%s\"%s}", i, i % 40,
                            i % 5 == 0 ? "2026-01-15" : "2027-06-30", unit)));
        });
        phase.done("actions");
        // The ward-level measures first, so each is its Trust's oldest of the template (the one a learning set
        // links when the Trust joins), then the Trust-level ones as before.
        List<String> wardIds = parallel(pool, wardMeasures, i -> {
            int t = i % trusts;
            String id = id(post("/api/v1/trusts/" + trustIds.get(t) + "/measures", "{\"templateCode\":\""
                    + WARD_TEMPLATE + "\",\"recordedBy\":\"UNIT\",\"target\":10"
                    + (i < groupMeasures ? ",\"breakdowns\":[\"ETHNIC_GROUP\"]" : "") + "}"));
            List<String> items = new ArrayList<>();
            for (int w : wardIndexes) {
                for (int m = 0; m < observations; m++) {
                    items.add(wardObservation(i, w, m, observations, unitsOf.get(t).get(w), i < groupMeasures));
                }
            }
            for (int from = 0; from < items.size(); from += 500) {
                post("/api/v1/measures/" + id + "/observations", "{\"observations\":["
                        + String.join(",", items.subList(from, Math.min(items.size(), from + 500))) + "]}");
            }
            return id;
        });
        phase.done(wardMeasures + " ward measures × " + wardIndexes.size() + " wards × " + observations
                + " months (" + groupMeasures + " with ETHNIC_GROUP parts)");
        List<String> plainIds = parallel(pool, measures - wardMeasures, n -> {
            int i = n + wardMeasures;
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
        phase.done((measures - wardMeasures) + " Trust measures × " + observations + " months");

        // Learning sets of setSize Trusts sharing the ward template: set s has Trusts s*setSize … (with ward
        // measures first, those with parts first). A Trust lead of the first member reads its comparison.
        String leadPassword = "bench-" + UUID.randomUUID();
        List<String> comparisons = parallel(pool, sets, s -> {
            String setId = id(post("/api/v1/learning-sets", String.format("{\"name\":\"Bench set %d\",\"kind\":"
                    + "\"ACTION_LEARNING_SET\",\"focusChallenges\":[1],\"startsOn\":\"2024-01-01\",\"status\":"
                    + "\"ACTIVE\",\"measureTemplateCodes\":[\"%s\"]}", s, WARD_TEMPLATE)));
            boolean allParts = true;
            for (int k = 0; k < setSize; k++) { // one at a time: each takes a free pseudonym of the set
                int t = (s * setSize + k) % trusts;
                allParts &= t < groupMeasures;
                post("/api/v1/learning-sets/" + setId + "/members",
                        "{\"trustId\":\"" + trustIds.get(t) + "\",\"joinedOn\":\"2025-01-01\"}");
            }
            String username = "bench-lead-" + s;
            post("/api/v1/users", String.format("{\"username\":\"%s\",\"displayName\":\"Bench lead %d\",\"email\":"
                    + "\"%s@example.org\",\"role\":\"TRUST_LEAD\",\"trustIds\":[\"%s\"],\"password\":\"%s\"}",
                    username, s, username, trustIds.get((s * setSize) % trusts), leadPassword));
            HttpResponse<String> signIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                            + leadPassword + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            REQUESTS.incrementAndGet();
            Matcher access = ACCESS_TOKEN.matcher(signIn.body());
            if (signIn.statusCode() != 200 || !access.find()) {
                throw new IllegalStateException("sign-in of " + username + " → " + signIn.statusCode());
            }
            return (allParts ? "parts " : "plain ") + setId + " " + access.group(1) + " "
                    + trustIds.get((s * setSize) % trusts);
        });
        phase.done(sets + " learning sets of " + setSize + " Trusts, a Trust lead each");

        List<String> etags = parallel(pool, trusts, i -> trustIds.get(i) + " "
                + get("/api/v1/trusts/" + trustIds.get(i) + "/progress").headers().firstValue("ETag").orElseThrow());
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
        phase.done("roll-up ETags and the feed's position");
        List<String> measureIds = new ArrayList<>(wardIds);
        measureIds.addAll(plainIds);
        List<String> wardTrusts = new ArrayList<>();
        List<String> wardUnits = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < wardMeasures; i++) {
            int t = i % trusts;
            if (i < trusts) {
                wardTrusts.add(trustIds.get(t));
            }
            for (int w : wardIndexes) {
                wardUnits.add(wardIds.get(i) + " " + unitsOf.get(t).get(w));
            }
            if (i < groupMeasures) {
                for (String code : GROUP_CODES) {
                    groups.add(wardIds.get(i) + " " + code);
                }
            }
        }
        List<String> subtrees = new ArrayList<>();
        for (int t = 0; t < unitsOf.size(); t++) {
            subtrees.add(trustIds.get(t) + " " + unitsOf.get(t).get(0));
            subtrees.add(trustIds.get(t) + " " + unitsOf.get(t).get(1));
        }
        // The comparison with suppression needs members with parts; without any such set, every set.
        List<String> withParts = comparisons.stream().filter(c -> c.startsWith("parts ")).toList();
        List<String> comparisonRows = (withParts.isEmpty() ? comparisons : withParts).stream()
                .map(c -> c.substring(6, c.lastIndexOf(' '))).toList();
        // Each set's Trust lead: its Trust and token (bench/run reads the first: the own-token side of the IdP read).
        List<String> leads = comparisons.stream().map(c -> c.substring(c.lastIndexOf(' ') + 1) + " "
                + c.substring(6, c.lastIndexOf(' ')).split(" ")[1]).toList();
        Files.writeString(out.resolve("cursor.txt"), cursor);
        Files.write(out.resolve("trusts.txt"), trustIds);
        Files.write(out.resolve("measures.txt"), measureIds);
        Files.write(out.resolve("etags.txt"), etags);
        Files.write(out.resolve("ward-trusts.txt"), wardTrusts);
        Files.write(out.resolve("ward-measures.txt"), wardIds);
        Files.write(out.resolve("ward-units.txt"), wardUnits);
        Files.write(out.resolve("group-measures.txt"), wardIds.subList(0, groupMeasures));
        Files.write(out.resolve("groups.txt"), groups);
        Files.write(out.resolve("subtrees.txt"), subtrees);
        Files.write(out.resolve("comparisons.txt"), comparisonRows);
        Files.write(out.resolve("leads.txt"), leads);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        long loadRequests = REQUESTS.get();
        String loaded = String.format("load: %d Trusts × %d units, %d goals, %d cycles, %d actions, %d measures × %d "
                + "months (%d by unit, %d with ETHNIC_GROUP), %d learning sets of %d: %d requests in %.0f s (%.0f/s)",
                trusts, units, goalIds.size(), cycles, actions, measures, observations, wardMeasures, groupMeasures,
                sets, setSize, loadRequests, loadSeconds, loadRequests / loadSeconds);
        System.out.println(loaded);
        Files.writeString(out.resolve("load.txt"), loaded + "\n"); // before the warm-up, which may fail

        // Every row of the cached scenarios read once, so wrk measures them warm and a wrong path fails here.
        List<String> warm = new ArrayList<>();
        wardIds.forEach(m -> warm.add("/api/v1/measures/" + m + "/units image/svg+xml"));
        wardIds.forEach(m -> warm.add("/api/v1/measures/" + m + "/units application/json"));
        wardUnits.forEach(r -> warm.add("/api/v1/measures/" + r.split(" ")[0] + "/spc?unitId=" + r.split(" ")[1]
                + " application/json"));
        groups.forEach(r -> warm.add("/api/v1/measures/" + r.split(" ")[0] + "/spc?breakdown=ETHNIC_GROUP&code="
                + r.split(" ")[1] + " application/json"));
        wardIds.subList(0, groupMeasures).forEach(m -> warm.add("/api/v1/measures/" + m
                + "/disparities?breakdown=ETHNIC_GROUP&reference=WHITE application/json"));
        subtrees.stream().limit(20).forEach(r -> warm.add("/api/v1/trusts/" + r.split(" ")[0] + "/actions?unitId="
                + r.split(" ")[1] + "&includeSubunits=true&limit=50 application/json"));
        long warmStarted = System.nanoTime();
        parallel(pool, warm.size(), i -> {
            String[] w = warm.get(i).split(" ");
            get(w[0], w[1], token);
            return "";
        });
        parallel(pool, comparisonRows.size(), i -> {
            String[] c = comparisonRows.get(i).split(" ");
            get("/api/v1/learning-sets/" + c[0] + "/comparison?templateCode=" + WARD_TEMPLATE, "application/json",
                    c[1]);
            return "";
        });
        pool.shutdown();
        double warmSeconds = (System.nanoTime() - warmStarted) / 1e9;
        String summary = String.format("%s; warm-up %d reads in %.0f s", loaded, warm.size() + comparisonRows.size(),
                warmSeconds);
        System.out.println(summary);
        Files.writeString(out.resolve("load.txt"), summary + "\n");
    }

    /** The units spreadsheet's rows: two services, then the leaves alternating between them, the last two teams. */
    static List<String> unitRows(int units) {
        List<String> rows = new ArrayList<>();
        if (units < 3) {
            return rows;
        }
        String[] services = {"Acute Service", "Rehabilitation and Community Service"};
        rows.add(services[0] + ",SERVICE,,2020-01-01");
        rows.add(services[1] + ",SERVICE,,2020-01-01");
        int leaves = units - 2;
        for (int j = 0; j < leaves; j++) {
            boolean team = leaves >= 4 && j >= leaves - 2;
            String parent = j < (leaves + 1) / 2 ? services[0] : services[1];
            rows.add(String.format("%s %02d,%s,%s,2020-01-01", team ? "Team" : "Ward", j + 1, team ? "TEAM" : "WARD",
                    parent));
        }
        return rows;
    }

    /**
     * One ward's month of a restraint rate: occupied bed days near the ward's beds × 30, a handful of restraints; with
     * parts, both split by ethnic group so that each adds up exactly (Black patients restrained more per bed day).
     */
    static String wardObservation(int measure, int ward, int month, int months, String unitId, boolean parts) {
        YearMonth period = LAST_WARD_MONTH.minusMonths(months - 1 - month);
        Random random = new Random(((long) measure * 1_000 + ward) * 1_000 + month);
        int beds = 12 + (measure + ward) % 12;
        int bedDays = beds * 30 - random.nextInt(beds * 3);
        int events = random.nextInt(4 + ward % 6);
        StringBuilder item = new StringBuilder(String.format("{\"period\":\"%s\",\"unitId\":\"%s\",\"numerator\":%d,"
                + "\"denominator\":%d", period, unitId, events, bedDays));
        if (parts) {
            int[] days = new int[GROUP_CODES.length];
            int given = 0;
            for (int g = 0; g < GROUP_BED_SHARE.length; g++) {
                days[g] = bedDays * GROUP_BED_SHARE[g] / 1000;
                given += days[g];
            }
            days[GROUP_CODES.length - 1] = bedDays - given;
            int[] counts = new int[GROUP_CODES.length];
            double total = 0;
            for (int g = 0; g < days.length; g++) {
                total += days[g] * GROUP_RISK[g];
            }
            for (int e = 0; e < events; e++) {
                double pick = random.nextDouble() * total;
                int g = 0;
                while (g < days.length - 1 && (pick -= days[g] * GROUP_RISK[g]) > 0) {
                    g++;
                }
                counts[g]++;
            }
            item.append(",\"parts\":{\"ETHNIC_GROUP\":[");
            for (int g = 0; g < days.length; g++) {
                item.append(g == 0 ? "" : ",").append(String.format("{\"code\":\"%s\",\"numerator\":%d,"
                        + "\"denominator\":%d}", GROUP_CODES[g], counts[g], days[g]));
            }
            item.append("]}");
        }
        return item.append('}').toString();
    }

    static final String[] REGIONS = {"North West", "North East and Yorkshire", "Midlands", "East of England",
        "London", "South East", "South West"};
    static final String[] TEMPLATES = {"prone-restraint", "seclusion-episodes", "assaults-on-staff", "seclusion-hours"};

    /** Prints each phase's time as it ends. */
    static final class Phase {
        final List<String> lines;
        long last = System.nanoTime();

        Phase(List<String> lines) {
            this.lines = lines;
        }

        void done(String what) {
            long now = System.nanoTime();
            String line = String.format("load:   %-80s %6.1f s", what, (now - last) / 1e9);
            System.out.println(line);
            lines.add(line);
            last = now;
        }
    }

    interface Task<T> {
        T run(int i) throws Exception;
    }

    static List<String> parallel(ExecutorService pool, int count, Task<String> task) throws Exception {
        return parallelList(pool, count, task);
    }

    static <T> List<T> parallelList(ExecutorService pool, int count, Task<T> task) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> task.run(n)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return Collections.unmodifiableList(results);
    }

    static String post(String path, String body) throws IOException, InterruptedException {
        return post(path, "application/json", body);
    }

    static String post(String path, String contentType, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)), token);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "application/json", token);
    }

    static HttpResponse<String> get(String path, String accept, String bearer)
            throws IOException, InterruptedException {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET(), bearer);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    static HttpResponse<String> send(HttpRequest.Builder request, String bearer)
            throws IOException, InterruptedException {
        REQUESTS.incrementAndGet();
        return HTTP.send(request.header("Authorization", "Bearer " + bearer).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    static List<String> ids(String body) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
