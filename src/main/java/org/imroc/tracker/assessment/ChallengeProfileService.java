package org.imroc.tracker.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.assessment.AssessmentRepository.AgreedRating;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.challenge.Challenge;
import org.imroc.tracker.challenge.ChallengeRepository;
import org.imroc.tracker.challenge.Stage;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.http.Tagged;
import org.imroc.tracker.common.svg.SvgRenderer;
import org.imroc.tracker.trust.Trust;
import org.imroc.tracker.trust.TrustRepository;

/**
 * The challenge profile: for each challenge, the baseline stage (agreed BASELINE), the current stage (latest agreed
 * assessment), the change in levels and the history. Two statements whatever the number of assessments.
 */
@ApplicationScoped
public class ChallengeProfileService {

    /**
     * Where a Trust stands on one challenge, from its agreed ratings (oldest first): the baseline stage (agreed
     * BASELINE), the current stage (latest agreed assessment), the change in levels between them, and the current
     * priority. Null where there is nothing agreed to say it.
     */
    public record Standing(
            int challengeNumber,
            Stage baselineStage,
            Stage currentStage,
            LocalDate currentStageOn,
            Integer change,
            Integer priority) {

        public static Standing of(int challengeNumber, List<AgreedRating> oldestFirst) {
            AgreedRating baseline = oldestFirst.stream()
                    .filter(r -> r.context() == AssessmentContext.BASELINE)
                    .findFirst()
                    .orElse(null);
            AgreedRating current = oldestFirst.isEmpty() ? null : oldestFirst.get(oldestFirst.size() - 1);
            Integer change = baseline == null || current == null
                    ? null
                    : current.stage().level() - baseline.stage().level();
            return new Standing(
                    challengeNumber,
                    baseline == null ? null : baseline.stage(),
                    current == null ? null : current.stage(),
                    current == null ? null : current.assessedOn(),
                    change,
                    current == null ? null : current.priority());
        }
    }

    private final AssessmentRepository assessments;
    private final ChallengeRepository challenges;
    private final TrustRepository trusts;
    private final CurrentCaller caller;
    private final RepresentationTags tags;
    private final SvgRenderer svg;

    public ChallengeProfileService(
            AssessmentRepository assessments,
            ChallengeRepository challenges,
            TrustRepository trusts,
            CurrentCaller caller,
            RepresentationTags tags,
            SvgRenderer svg) {
        this.assessments = assessments;
        this.challenges = challenges;
        this.trusts = trusts;
        this.caller = caller;
        this.tags = tags;
        this.svg = svg;
    }

    /** The profile with an ETag that changes only when a stage, priority or history entry does. */
    @Transactional
    public Tagged<ChallengeProfileResponse> tagged(UUID trustId) {
        ChallengeProfileResponse body = profile(trustId);
        return new Tagged<>(body, tags.of(body));
    }

    /** The profile drawn as SVG (see ChallengeProfileChart), tagged like the JSON but distinct from it. */
    @Transactional
    public Tagged<String> svg(UUID trustId) {
        ChallengeProfileResponse body = profile(trustId);
        String name = trusts.findByIdOptional(trustId).map(Trust::getName).orElse("");
        return new Tagged<>(svg.render(ChallengeProfileChart.draw(body, name)), tags.of(List.of("svg", body, name)));
    }

    /**
     * The profile as a table's rows of text for a report that cannot lean on the drawing alone: per challenge its
     * number, title, baseline stage, current stage and priority ("–" for none).
     */
    @Transactional
    public List<List<String>> tableRows(UUID trustId) {
        return profile(trustId).challenges().stream()
                .map(c -> List.of(
                        Integer.toString(c.challengeNumber()),
                        c.title(),
                        words(c.baselineStage()),
                        words(c.currentStage()),
                        c.priority() == null ? "–" : "P" + c.priority()))
                .toList();
    }

    /** A stage as words: ENGAGEMENT reads "Engagement". */
    private static String words(Stage stage) {
        if (stage == null) {
            return "–";
        }
        String lower = stage.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    @Transactional
    public ChallengeProfileResponse profile(UUID trustId) {
        trusts.requireKnown(trustId, caller.scope());
        return new ChallengeProfileResponse(trustId, null, items(assessments.agreedRatings(List.of(trustId))));
    }

    /** Each challenge's progress from these agreed ratings (oldest first), in challenge order. */
    List<ChallengeProfileResponse.ChallengeProgress> items(List<AgreedRating> ratings) {
        List<ChallengeProfileResponse.ChallengeProgress> items = new ArrayList<>();
        for (Challenge challenge : challenges.listInOrder()) {
            items.add(progress(
                    challenge,
                    ratings.stream()
                            .filter(r -> r.challengeNumber() == challenge.getNumber())
                            .toList()));
        }
        return items;
    }

    /** One challenge's progress from its agreed ratings, oldest first. */
    static ChallengeProfileResponse.ChallengeProgress progress(Challenge challenge, List<AgreedRating> ratings) {
        Standing standing = Standing.of(challenge.getNumber(), ratings);
        return new ChallengeProfileResponse.ChallengeProgress(
                challenge.getNumber(),
                challenge.getCode(),
                challenge.getTitle(),
                standing.baselineStage(),
                standing.currentStage(),
                standing.currentStageOn(),
                standing.change(),
                standing.priority(),
                ratings.stream()
                        .skip(Math.max(0, ratings.size() - ChallengeProfileResponse.MAX_HISTORY))
                        .map(r -> new ChallengeProfileResponse.HistoryEntry(
                                r.assessmentId(), r.assessedOn(), r.kind(), r.stage()))
                        .toList());
    }
}
