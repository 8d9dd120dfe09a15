package org.imroc.tracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.imroc.tracker.support.Assess;
import org.imroc.tracker.support.SqlStatements;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChallengeProfileTest {

    @Test
    void withoutAgreedAssessmentsStagesAreNull() {
        String trust = TestData.createTrust(TestData.uniqueName("NoProfile"));
        Assess.draft(trust, "SELF", "BASELINE", "2026-01-01", "DEVELOPMENT");
        asAdmin()
                .get("/api/v1/trusts/" + trust + "/challenge-profile")
                .then()
                .statusCode(200)
                .body("trustId", equalTo(trust))
                .body("challenges", hasSize(10))
                .body("challenges.challengeNumber", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                .body("challenges[2].code", equalTo("recovery-college"))
                .body("challenges.baselineStage", everyItem(nullValue()))
                .body("challenges.currentStage", everyItem(nullValue()))
                .body("challenges.change", everyItem(nullValue()))
                .body("challenges[0].history", hasSize(0));
    }

    @Test
    void changeIsCountedInLevelsSinceTheBaseline() {
        String trust = TestData.createTrust(TestData.uniqueName("Profile"));
        String baseline = Assess.agreed(trust, "JOINT", "BASELINE", "2026-01-10", "ENGAGEMENT");
        Assess.draft(trust, "SELF", "REVIEW", "2026-09-01", "NOT_STARTED");
        String review = Assess.agreed(trust, "CONSULTANT", "REVIEW", "2026-06-10", "TRANSFORMATION");
        asAdmin()
                .get("/api/v1/trusts/" + trust + "/challenge-profile")
                .then()
                .statusCode(200)
                .body("challenges[5].baselineStage", equalTo("ENGAGEMENT"))
                .body("challenges[5].currentStage", equalTo("TRANSFORMATION"))
                .body("challenges[5].currentStageOn", equalTo("2026-06-10"))
                .body("challenges[5].change", equalTo(2))
                .body("challenges[0].priority", equalTo(1))
                .body("challenges[5].priority", nullValue())
                .body("challenges[5].history.assessmentId", contains(baseline, review))
                .body("challenges[5].history.kind", contains("JOINT", "CONSULTANT"))
                .body("challenges[5].history.stage", contains("ENGAGEMENT", "TRANSFORMATION"));
    }

    @Test
    void profileTakesTheSameStatementsForOneOrFiveAssessments() {
        String trust = TestData.createTrust(TestData.uniqueName("ProfileCount"));
        Assess.agreed(trust, "JOINT", "BASELINE", "2026-01-10", "ENGAGEMENT");
        count(trust); // the challenges themselves are read once per process
        long one = count(trust);
        for (int month = 2; month <= 5; month++) {
            Assess.agreed(trust, "SELF", "REVIEW", "2026-0" + month + "-10", "DEVELOPMENT");
        }
        long five = count(trust);
        System.out.printf("statement-count: challenge profile with 1 agreed assessment = %d, with 5 = %d%n", one, five);
        assertThat(five).isEqualTo(one).isLessThanOrEqualTo(SqlStatements.READ_CEILING);
    }

    private static long count(String trust) {
        return SqlStatements.during(() -> asAdmin()
                .get("/api/v1/trusts/" + trust + "/challenge-profile")
                .then()
                .statusCode(200)
                .body("challenges", hasSize(10)));
    }

    @Test
    void profileIsScopedLikeEverythingElse() {
        String trust = TestData.createTrust(TestData.uniqueName("ProfileScope"));
        String other = TestData.createTrust(TestData.uniqueName("ProfileOther"));
        org.imroc.tracker.support.Api.TestUser lead =
                org.imroc.tracker.support.Api.createUser("TRUST_LEAD", List.of(trust));
        lead.request()
                .get("/api/v1/trusts/" + other + "/challenge-profile")
                .then()
                .statusCode(404);
        lead.request()
                .get("/api/v1/trusts/" + trust + "/challenge-profile")
                .then()
                .statusCode(200);
    }
}
