package org.imroc.tracker.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Api;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsvExportTest {

    private static List<String> lines(String csv) {
        return Arrays.asList(csv.split("\r\n"));
    }

    @Test
    void actionListAsCsvIsSafeForSpreadsheetsAndQuotesProperly() {
        String trust = TestData.createTrust(TestData.uniqueName("Csv"));
        Map<String, Object> body = Pdsa.actionBody();
        body.put("title", "=HYPERLINK(\"http://evil.example\",\"click\")");
        body.put("owner", "Smith, Jo");
        body.put("description", "line one\nline two");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(201);
        String csv = asAdmin()
                .accept("text/csv")
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract()
                .asString();
        assertThat(csv)
                .startsWith("id,title,owner,dueOn,status,overdue,completedOn,blockedReason,challengeNumber,"
                        + "goalId,cycleId,visitId,description,version,createdAt,updatedAt,sessionId,unitId\r\n");
        assertThat(csv)
                .contains(
                        ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",\"Smith, Jo\",2027-01-15,OPEN,false,")
                .contains("\"line one\nline two\"");
    }

    @Test
    void largeExportsStreamInBatchesAndKeepTheFilters() {
        String trust = TestData.createTrust(TestData.uniqueName("CsvLarge"));
        Map<String, Object> body = Pdsa.actionBody();
        for (int i = 0; i < 520; i++) {
            body.put("title", "Action " + i);
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/trusts/" + trust + "/actions")
                    .then()
                    .statusCode(201);
        }
        List<String> all = lines(asAdmin()
                .accept("text/csv")
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(all).hasSize(521);
        assertThat(all.get(1)).contains(",Action 0,");
        assertThat(all.get(520)).contains(",Action 519,");
        assertThat(asAdmin()
                        .accept("text/csv")
                        .queryParam("status", "DONE")
                        .get("/api/v1/trusts/" + trust + "/actions")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .split("\r\n"))
                .hasSize(1);
    }

    @Test
    void progressAnswersCsvToo() {
        String trust = TestData.createTrust(TestData.uniqueName("CsvProgress"));
        Pdsa.action(trust);
        List<String> rows = lines(asAdmin()
                .accept("text/csv")
                .get("/api/v1/trusts/" + trust + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(rows.get(0)).isEqualTo("section,key,value");
        assertThat(rows).contains("actions,open,1", "trust,trustId," + trust, "challenge,6 workforce currentStage,");
        String key = Api.createKey(List.of(trust));
        List<String> programme = lines(Api.as(key)
                .accept("text/csv")
                .get("/api/v1/progress")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(programme).hasSize(2);
        assertThat(programme.get(0))
                .startsWith("trustId,name,odsCode,status,region,activeGoals")
                .endsWith(",challenge10");
        assertThat(programme.get(1)).startsWith(trust + ",");
    }

    @Test
    void errorsStayProblemDetailsWhenCsvWasAsked() {
        asAdmin()
                .accept("text/csv")
                .get("/api/v1/trusts/" + java.util.UUID.randomUUID() + "/actions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
