package org.imroc.tracker.assessment;

import java.time.LocalDate;
import java.util.List;
import org.imroc.tracker.challenge.Stage;

/**
 * Where a Trust stands on one challenge, from its agreed ratings (oldest first): the baseline stage (agreed
 * BASELINE), the current stage (latest agreed assessment), the change in levels between them, and the current
 * priority. Null where there is nothing agreed to say it.
 */
public record ChallengeStanding(int challengeNumber, Stage baselineStage, Stage currentStage, LocalDate currentStageOn,
        Integer change, Integer priority) {

    public static ChallengeStanding of(int challengeNumber, List<AgreedRating> oldestFirst) {
        AgreedRating baseline = oldestFirst.stream().filter(r -> r.context() == AssessmentContext.BASELINE)
                .findFirst().orElse(null);
        AgreedRating current = oldestFirst.isEmpty() ? null : oldestFirst.get(oldestFirst.size() - 1);
        Integer change = baseline == null || current == null ? null
                : current.stage().level() - baseline.stage().level();
        return new ChallengeStanding(challengeNumber, baseline == null ? null : baseline.stage(),
                current == null ? null : current.stage(), current == null ? null : current.assessedOn(), change,
                current == null ? null : current.priority());
    }
}
