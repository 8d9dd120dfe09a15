package org.imroc.tracker.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imroc.tracker.support.Pdsa;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * No N+1: lists and single reads take a fixed number of SQL statements, whatever the page size or the number of
 * questions, results and reviewers ({@link SqlStatements}).
 */
@QuarkusTest
class StatementCountTest {

    private static Map<String, Object> cycleWithQuestions(int count) {
        List<Map<String, String>> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            questions.add(Map.of("question", "Question " + i, "prediction", "Prediction " + i));
        }
        Map<String, Object> body = new HashMap<>(Pdsa.cycleBody());
        body.put("plan", Map.of("objective", "Learn", "questions", questions));
        return body;
    }

    @Test
    void actionListTakesTheSameStatementsForTwentyAndTwoHundredActions() {
        String trust = TestData.createTrust(TestData.uniqueName("Count"));
        String goal = Pdsa.goal(trust);
        Map<String, Object> body = Pdsa.actionBody();
        body.put("goalId", goal);
        for (int i = 0; i < 200; i++) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/trusts/" + trust + "/actions")
                    .then()
                    .statusCode(201);
        }
        // another page first: the Trust's change number is then known, and both pages below are read alike
        asAdmin()
                .queryParam("limit", 1)
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(200);
        long twoHundred = SqlStatements.during(() -> asAdmin()
                .queryParam("limit", 200)
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(200)));
        long twenty = SqlStatements.during(() -> asAdmin()
                .queryParam("limit", 20)
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(200));
        System.out.printf("statement-count: action list of 200 = %d statements, of 20 = %d%n", twoHundred, twenty);
        assertThat(twoHundred).isEqualTo(twenty).isLessThanOrEqualTo(SqlStatements.READ_CEILING);

        // a page already read in this state of the Trust is served as kept, with no statement beyond the caller check
        long again = SqlStatements.during(() -> asAdmin()
                .queryParam("limit", 20)
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(200));
        assertThat(again).isLessThan(twenty);
        // and any write to the Trust is a new state: the next read has it
        asAdmin()
                .queryParam("limit", 200)
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(200)
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
        Pdsa.action(trust);
        asAdmin()
                .queryParam("limit", 200)
                .get("/api/v1/trusts/" + trust + "/actions")
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(200))
                .body("nextCursor", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void cycleReadsTakeTheSameStatementsWhateverTheNumberOfQuestions() {
        String goal = Pdsa.goal(TestData.createTrust(TestData.uniqueName("CountCycles")));
        String oneQuestion = asAdmin()
                .contentType(ContentType.JSON)
                .body(cycleWithQuestions(1))
                .post("/api/v1/goals/" + goal + "/cycles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String tenQuestions = asAdmin()
                .contentType(ContentType.JSON)
                .body(cycleWithQuestions(10))
                .post("/api/v1/goals/" + goal + "/cycles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        long one = SqlStatements.during(
                () -> asAdmin().get("/api/v1/cycles/" + oneQuestion).then().statusCode(200));
        long ten = SqlStatements.during(() -> asAdmin()
                .get("/api/v1/cycles/" + tenQuestions)
                .then()
                .statusCode(200)
                .body("plan.questions.size()", org.hamcrest.Matchers.equalTo(10)));
        for (int i = 0; i < 20; i++) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(cycleWithQuestions(10))
                    .post("/api/v1/goals/" + goal + "/cycles")
                    .then()
                    .statusCode(201);
        }
        long listOf22 = SqlStatements.during(() -> asAdmin()
                .queryParam("limit", 200)
                .get("/api/v1/goals/" + goal + "/cycles")
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(22)));
        long listOf2 = SqlStatements.during(() -> asAdmin()
                .queryParam("limit", 2)
                .get("/api/v1/goals/" + goal + "/cycles")
                .then()
                .statusCode(200));
        System.out.printf(
                "statement-count: cycle with 1 question = %d, with 10 = %d; list of 22 cycles = %d, of 2 = %d%n",
                one, ten, listOf22, listOf2);
        assertThat(ten).isEqualTo(one).isLessThanOrEqualTo(SqlStatements.READ_CEILING);
        assertThat(listOf22).isEqualTo(listOf2).isLessThanOrEqualTo(SqlStatements.READ_CEILING);
    }

    @Test
    void reviewListTakesTheSameStatementsWhateverTheNumberOfReviews() {
        String trust = TestData.createTrust(TestData.uniqueName("CountReviews"));
        String goal = Pdsa.goal(trust);
        Pdsa.reviewedCycle(goal, "ADOPT");
        long one = SqlStatements.during(() ->
                asAdmin().get("/api/v1/trusts/" + trust + "/reviews").then().statusCode(200));
        for (int i = 0; i < 4; i++) {
            Pdsa.reviewedCycle(goal, "ABANDON");
        }
        long five = SqlStatements.during(() -> asAdmin()
                .get("/api/v1/trusts/" + trust + "/reviews")
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(5)));
        System.out.printf("statement-count: review list of 1 = %d, of 5 = %d%n", one, five);
        assertThat(five).isEqualTo(one).isLessThanOrEqualTo(SqlStatements.READ_CEILING);
    }
}
