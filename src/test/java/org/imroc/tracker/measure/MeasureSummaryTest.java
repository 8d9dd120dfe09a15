package org.imroc.tracker.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.imroc.tracker.measure.chart.PointMarks;
import org.imroc.tracker.measure.spc.XmrChartTest;
import org.imroc.tracker.support.Measures;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.Svg;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Making Data Count's summary icon table for a Trust: JSON, CSV and SVG from the same analyses as each chart. */
@QuarkusTest
class MeasureSummaryTest {

    @Test
    void everyMeasureWithItsLatestValueLimitsAndIcons() {
        String trust = TestData.createTrust(TestData.uniqueName("Summary"));
        Map<String, Object> mdc = Measures.body("INCREASE");
        mdc.put("name", "MDC worked example");
        mdc.put("target", 5);
        String passing = Measures.create(trust, mdc);
        Measures.record(passing, Measures.months("2024-01", XmrChartTest.MDC));
        Map<String, Object> improving = Measures.body("INCREASE");
        improving.put("name", "Improving");
        String rising = Measures.create(trust, improving);
        Measures.record(
                rising,
                Measures.months(
                        "2024-01", "9", "11", "9", "11", "9", "11", "9", "11", "9", "11", "9", "11", "9", "11", "9",
                        "40"));
        String empty = Measures.monthly(trust);

        String path = "/api/v1/trusts/" + trust + "/measures/summary";
        asAdmin()
                .config(io.restassured.config.RestAssuredConfig.config()
                        .jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                                .numberReturnType(
                                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)))
                .get(path)
                .then()
                .statusCode(200)
                .body("trustId", equalTo(trust))
                .body("items.measureId", contains(passing, rising, empty))
                .body("items[0].mean", closeTo(23.2, 1e-9))
                .body("items[0].upl", closeTo(37.6438, 1e-9))
                .body("items[0].lpl", closeTo(8.7562, 1e-9))
                .body("items[0].assuranceIcon", equalTo("PASS"))
                .body("items[0].variationIcon", equalTo("COMMON_CAUSE"))
                .body("items[0].limitsAreTrial", equalTo(false))
                .body("items[0].latestPeriod", equalTo("2025-03"))
                .body("items[0].points", equalTo(15))
                .body("items[1].variationIcon", equalTo("IMPROVEMENT_HIGH"))
                .body("items[1].assuranceIcon", nullValue())
                .body("items[2].points", equalTo(0))
                .body("items[2].tooFewPoints", equalTo(true))
                .body("items[2].variationIcon", nullValue());

        String csv = asAdmin()
                .accept("text/csv")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv)
                .startsWith(
                        "measureId,name,type,unit,improvementDirection,frequency,points,latestPeriod,"
                                + "latestValue,target,variationIcon,assuranceIcon,mean,upl,lpl,limitsAreTrial,tooFewPoints,unitId,unitName\r\n")
                .contains(rising + ",Improving,OUTCOME,episodes,INCREASE,MONTHLY,16,2025-04,40,,IMPROVEMENT_HIGH,,");

        String svg = asAdmin()
                .accept("image/svg+xml")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Document doc = Svg.parse(svg);
        Svg.render(svg, "measure-summary");
        // the improving measure's variation ring is blue, the passing measure's assurance ring too (the darker blue
        // that stands 3:1 against white)
        assertThat(Svg.withAttribute(doc, "circle", "stroke", PointMarks.IMPROVEMENT_OUTLINE))
                .hasSize(2);
        assertThat(doc.getDocumentElement().getTextContent()).contains("MDC worked example", "8.756 – 37.644");
        // the table's description reads each measure's chart aloud, as its row's interpretation does
        String rowSentence = asAdmin().get(path).then().extract().path("items[1].interpretation");
        assertThat(rowSentence).startsWith("Improving shows special cause improvement");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).contains(rowSentence);
    }

    @Test
    void theTableTakesTheSameStatementsForFewAndManyObservations() {
        String small = TestData.createTrust(TestData.uniqueName("Summary few"));
        String large = TestData.createTrust(TestData.uniqueName("Summary many"));
        for (int i = 0; i < 3; i++) {
            Measures.record(Measures.monthly(small), Measures.months("2024-01", "1", "2", "3"));
            String[] values = new String[200];
            java.util.Arrays.fill(values, "4");
            Measures.record(Measures.monthly(large), Measures.months("2000-01", values));
        }
        long few = SqlStatements.during(() -> asAdmin()
                .get("/api/v1/trusts/" + small + "/measures/summary")
                .then()
                .statusCode(200)
                .body("items", hasSize(3)));
        long many = SqlStatements.during(() -> asAdmin()
                .get("/api/v1/trusts/" + large + "/measures/summary")
                .then()
                .statusCode(200)
                .body("items", hasSize(3)));
        System.out.printf("statement-count: measure summary of 3 × 3 observations = %d, of 3 × 200 = %d%n", few, many);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(SqlStatements.READ_CEILING);
    }
}
