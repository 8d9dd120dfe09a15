package org.imroc.tracker.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imroc.tracker.assessment.AssessmentRepository;
import org.imroc.tracker.assessment.AssessmentRepository.AgreedRating;
import org.imroc.tracker.assessment.ChallengeProfileService;
import org.imroc.tracker.challenge.Challenge;
import org.imroc.tracker.challenge.ChallengeRepository;
import org.imroc.tracker.challenge.Stage;
import org.imroc.tracker.common.json.Decimals;
import org.imroc.tracker.measure.Measure;
import org.imroc.tracker.measure.MeasureSummary;
import org.imroc.tracker.measure.units.UnitLines;
import org.imroc.tracker.rollup.TrustProgressResponse.ActionFigures;
import org.imroc.tracker.rollup.TrustProgressResponse.ChallengeFigures;
import org.imroc.tracker.rollup.TrustProgressResponse.CycleFigures;
import org.imroc.tracker.rollup.TrustProgressResponse.GoalFigures;
import org.imroc.tracker.rollup.TrustProgressResponse.MeasureFigures;
import org.imroc.tracker.rollup.TrustProgressResponse.MeasureLine;
import org.imroc.tracker.rollup.TrustProgressResponse.ReviewFigures;
import org.imroc.tracker.rollup.TrustProgressResponse.VisitFigures;
import org.imroc.tracker.trust.Trust;

/**
 * Computes progress figures for a set of Trusts with a fixed number of statements (two for the whole set, plus one
 * for a single Trust's measure list), never one per Trust or per record. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class RollupCalculator {

    private final RollupRepository figures;
    private final AssessmentRepository assessments;
    private final ChallengeRepository challenges;
    private final UnitLines unitLines;

    public RollupCalculator(
            RollupRepository figures,
            AssessmentRepository assessments,
            ChallengeRepository challenges,
            UnitLines unitLines) {
        this.unitLines = unitLines;
        this.figures = figures;
        this.assessments = assessments;
        this.challenges = challenges;
    }

    /** Everything known about these Trusts' progress, ready to be cut into responses. */
    public record Snapshot(
            List<Challenge> challenges,
            Map<UUID, List<AgreedRating>> ratings,
            RollupRepository.Counts goals,
            RollupRepository.Counts cycles,
            RollupRepository.Counts reviews,
            RollupRepository.Counts actions,
            Map<UUID, RollupRepository.LatestScore> scores,
            Map<UUID, RollupRepository.VisitDates> visits,
            Map<UUID, RollupRepository.MeasureCounts> measures) {}

    /** Two statements for any number of Trusts: their agreed ratings, and every other figure (challenges are cached). */
    public Snapshot snapshot(Collection<UUID> trustIds, LocalDate today) {
        RollupRepository.Figures f = figures.figures(trustIds, today);
        return new Snapshot(
                challenges.listInOrder(),
                assessments.agreedRatings(trustIds).stream().collect(Collectors.groupingBy(AgreedRating::trustId)),
                f.goals(),
                f.cycles(),
                f.reviews(),
                f.actions(),
                f.scores(),
                f.visits(),
                f.measures());
    }

    public List<ChallengeFigures> challengeFigures(Snapshot snapshot, UUID trustId) {
        List<AgreedRating> ratings = snapshot.ratings().getOrDefault(trustId, List.of());
        List<ChallengeFigures> result = new ArrayList<>();
        for (Challenge challenge : snapshot.challenges()) {
            ChallengeProfileService.Standing standing = ChallengeProfileService.Standing.of(
                    challenge.getNumber(),
                    ratings.stream()
                            .filter(r -> r.challengeNumber() == challenge.getNumber())
                            .toList());
            result.add(new ChallengeFigures(
                    challenge.getNumber(),
                    challenge.getCode(),
                    challenge.getTitle(),
                    standing.baselineStage(),
                    standing.currentStage(),
                    standing.change(),
                    standing.priority()));
        }
        return result;
    }

    public GoalFigures goalFigures(Snapshot s, UUID trustId) {
        RollupRepository.LatestScore score = s.scores().get(trustId);
        long active = s.goals().get(trustId, "ACTIVE");
        long achieved = s.goals().get(trustId, "ACHIEVED");
        long dropped = s.goals().get(trustId, "DROPPED");
        return new GoalFigures(
                active,
                achieved,
                dropped,
                active + achieved + dropped,
                score == null ? null : score.score(),
                score == null ? null : score.at());
    }

    public CycleFigures cycleFigures(Snapshot s, UUID trustId) {
        RollupRepository.Counts c = s.cycles();
        long plan = c.get(trustId, "PLAN");
        long doing = c.get(trustId, "DO");
        long study = c.get(trustId, "STUDY");
        long act = c.get(trustId, "ACT");
        long cancelled = c.get(trustId, "CANCELLED");
        return new CycleFigures(plan, doing, study, act, cancelled, plan + doing + study + act + cancelled);
    }

    public ReviewFigures reviewFigures(Snapshot s, UUID trustId) {
        RollupRepository.Counts r = s.reviews();
        long adopt = r.get(trustId, "ADOPT");
        long adapt = r.get(trustId, "ADAPT");
        long abandon = r.get(trustId, "ABANDON");
        return new ReviewFigures(adopt, adapt, abandon, adopt + adapt + abandon);
    }

    public ActionFigures actionFigures(Snapshot s, UUID trustId) {
        RollupRepository.Counts a = s.actions();
        long open = a.get(trustId, "OPEN");
        long inProgress = a.get(trustId, "IN_PROGRESS");
        long blocked = a.get(trustId, "BLOCKED");
        long done = a.get(trustId, "DONE");
        long cancelled = a.get(trustId, "CANCELLED");
        return new ActionFigures(
                open,
                inProgress,
                blocked,
                done,
                cancelled,
                a.get(trustId, "OVERDUE"),
                open + inProgress + blocked + done + cancelled);
    }

    public VisitFigures visitFigures(Snapshot s, UUID trustId) {
        RollupRepository.VisitDates dates = s.visits().get(trustId);
        return dates == null
                ? new VisitFigures(null, null)
                : new VisitFigures(dates.lastCompletedOn(), dates.nextPlannedOn());
    }

    /**
     * The Trust's measures, one line each (one more statement: only the single-Trust roll-up lists them), a measure
     * recorded by unit with a line per unit (two more statements when the Trust has such measures, whatever their
     * number and their units').
     */
    public MeasureFigures measureFigures(Snapshot s, UUID trustId) {
        RollupRepository.MeasureCounts counts = s.measures().getOrDefault(trustId, RollupRepository.MeasureCounts.NONE);
        List<Measure> measures = counts.total() == 0 ? List.of() : figures.measuresOf(trustId);
        Map<UUID, List<UnitLines.Analysed>> byUnit = unitLines.of(measures);
        List<MeasureLine> lines = measures.stream()
                .map(m -> line(
                        m,
                        m.isRecordedByUnit()
                                ? byUnit.getOrDefault(m.getId(), List.of()).stream()
                                        .map(UnitLines.Analysed::line)
                                        .toList()
                                : null))
                .toList();
        return new MeasureFigures(counts.total(), counts.improving(), counts.concern(), counts.failingTarget(), lines);
    }

    private static MeasureLine line(Measure m, List<UnitLines.Line> units) {
        MeasureSummary summary = m.getSummary();
        return new MeasureLine(
                m.getId(),
                m.getName(),
                m.getType(),
                m.getGoalId(),
                m.getChallengeNumber(),
                m.getUnit(),
                m.getImprovementDirection(),
                Decimals.plain(m.getTarget()),
                summary.points(),
                summary.latestPeriod(),
                Decimals.plain(summary.latestValue()),
                summary.variationIcon(),
                summary.assuranceIcon(),
                summary.trialLimits(),
                m.getRecordedBy(),
                units);
    }

    public ProgrammeRowResponse row(Snapshot s, Trust trust) {
        UUID id = trust.getId();
        CycleFigures cycles = cycleFigures(s, id);
        ActionFigures actions = actionFigures(s, id);
        List<Stage> stages = challengeFigures(s, id).stream()
                .map(ChallengeFigures::currentStage)
                .toList();
        RollupRepository.MeasureCounts measures = s.measures().getOrDefault(id, RollupRepository.MeasureCounts.NONE);
        return new ProgrammeRowResponse(
                id,
                trust.getName(),
                trust.getOdsCode(),
                trust.getStatus(),
                trust.getRegion(),
                s.goals().get(id, "ACTIVE"),
                cycles.plan() + cycles.doing() + cycles.study(),
                actions.open() + actions.inProgress() + actions.blocked(),
                actions.overdue(),
                visitFigures(s, id).lastCompletedOn(),
                measures.total(),
                measures.improving(),
                measures.concern(),
                stages);
    }
}
