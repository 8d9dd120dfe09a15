package org.imroc.tracker.support;

import static org.imroc.tracker.support.Api.asAdmin;

import io.restassured.http.ContentType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.imroc.tracker.measure.breakdown.Breakdown;

/** Measures and their observations, made through the API as a consultant would. */
public final class Measures {

    private Measures() {}

    /** A plain monthly measure (no template, no ratio). */
    public static Map<String, Object> body(String direction) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Prone restraint episodes");
        body.put("type", "OUTCOME");
        body.put("definition", "Restraint episodes in which the person was held face down, inpatient wards");
        body.put("unit", "episodes");
        body.put("improvementDirection", direction);
        body.put("frequency", "MONTHLY");
        body.put("challengeNumber", 7);
        return body;
    }

    public static String create(String trustId, Map<String, Object> body) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trustId + "/measures")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String monthly(String trustId) {
        return create(trustId, body("DECREASE"));
    }

    /** Observations for consecutive months from {@code first}, one per value. */
    public static List<Map<String, Object>> months(String first, String... values) {
        List<Map<String, Object>> items = new ArrayList<>();
        YearMonth month = YearMonth.parse(first);
        for (String value : values) {
            items.add(Map.of("period", month.toString(), "value", Double.parseDouble(value)));
            month = month.plusMonths(1);
        }
        return items;
    }

    public static void record(String measureId, List<Map<String, Object>> items) {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("observations", items))
                .post("/api/v1/measures/" + measureId + "/observations")
                .then()
                .statusCode(201);
    }

    /**
     * A rate's observation for {@code month} with a part for every code of {@code breakdown}: the code at index c has
     * {@code events(c)} events over {@code denominators(c)}, and the whole is their sum.
     */
    public static Map<String, Object> withParts(
            Breakdown breakdown, YearMonth month, IntUnaryOperator events, IntUnaryOperator denominators) {
        List<Map<String, Object>> parts = new ArrayList<>();
        int numerator = 0;
        int denominator = 0;
        for (int c = 0; c < breakdown.codes().size(); c++) {
            int e = events.applyAsInt(c);
            int d = denominators.applyAsInt(c);
            parts.add(Map.of("code", breakdown.codes().get(c), "numerator", e, "denominator", d));
            numerator += e;
            denominator += d;
        }
        return Map.of(
                "period",
                month.toString(),
                "numerator",
                numerator,
                "denominator",
                denominator,
                "parts",
                Map.of(breakdown.name(), parts));
    }
}
