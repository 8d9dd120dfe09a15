package org.imroc.tracker.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imroc.tracker.assessment.AssessmentRepository.UnitRating;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.challenge.Challenge;
import org.imroc.tracker.challenge.ChallengeRepository;
import org.imroc.tracker.challenge.Stage;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.http.Tagged;
import org.imroc.tracker.common.svg.SvgRenderer;
import org.imroc.tracker.common.time.BusinessCalendar;
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.unit.Unit;
import org.imroc.tracker.unit.UnitKind;
import org.imroc.tracker.unit.UnitRepository;

/**
 * Teams' own ratings of the challenges (TRIPs: assessments that belong to a unit): a unit's profile, read like the
 * Trust's, and the Trust's TRIP coverage. A TRIP is current while its latest agreed assessment is less than
 * {@link #CURRENT_MONTHS} months old.
 */
@ApplicationScoped
public class TripService {

    static final int CURRENT_MONTHS = 12;

    private final AssessmentRepository assessments;
    private final ChallengeRepository challenges;
    private final ChallengeProfileService profiles;
    private final UnitRepository units;
    private final TrustRepository trusts;
    private final CurrentCaller caller;
    private final RepresentationTags tags;
    private final SvgRenderer svg;

    public TripService(
            AssessmentRepository assessments,
            ChallengeRepository challenges,
            ChallengeProfileService profiles,
            UnitRepository units,
            TrustRepository trusts,
            CurrentCaller caller,
            RepresentationTags tags,
            SvgRenderer svg) {
        this.assessments = assessments;
        this.challenges = challenges;
        this.profiles = profiles;
        this.units = units;
        this.trusts = trusts;
        this.caller = caller;
        this.tags = tags;
        this.svg = svg;
    }

    @Transactional
    public Tagged<ChallengeProfileResponse> profile(UUID unitId) {
        ChallengeProfileResponse body = profileOf(find(unitId));
        return new Tagged<>(body, tags.of(body));
    }

    @Transactional
    public Tagged<String> profileSvg(UUID unitId) {
        Unit unit = find(unitId);
        ChallengeProfileResponse body = profileOf(unit);
        return new Tagged<>(
                svg.render(ChallengeProfileChart.draw(body, unit.getName())),
                tags.of(List.of("svg", body, unit.getName())));
    }

    @Transactional
    public Tagged<TripCoverageResponse> coverage(UUID trustId) {
        trusts.requireKnown(trustId, caller.scope());
        LocalDate today = BusinessCalendar.today();
        LocalDate currentAfter = today.minusMonths(CURRENT_MONTHS);
        Set<UUID> teams = units.openOfKind(trustId, UnitKind.TEAM).stream()
                .map(Unit::getId)
                .collect(Collectors.toSet());
        Map<UUID, List<UnitRating>> byTeam = assessments.unitRatings(trustId, null).stream()
                .filter(r -> teams.contains(r.unitId()))
                .collect(Collectors.groupingBy(UnitRating::unitId));
        Map<UUID, List<UnitRating>> current = new HashMap<>(); // each team's current TRIP: its latest agreed one
        byTeam.forEach((team, ratings) -> {
            UnitRating latest = ratings.get(ratings.size() - 1); // oldest first
            if (latest.assessedOn().isAfter(currentAfter)) {
                current.put(
                        team,
                        ratings.stream()
                                .filter(r -> r.assessmentId().equals(latest.assessmentId()))
                                .toList());
            }
        });
        List<TripCoverageResponse.ChallengeCoverage> items = new ArrayList<>();
        for (Challenge challenge : challenges.listInOrder()) {
            Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
            current.values().stream()
                    .flatMap(List::stream)
                    .filter(r -> r.challengeNumber() == challenge.getNumber())
                    .forEach(r -> stages.merge(r.stage(), 1, Integer::sum));
            items.add(new TripCoverageResponse.ChallengeCoverage(
                    challenge.getNumber(),
                    challenge.getCode(),
                    stages.values().stream().mapToInt(Integer::intValue).sum(),
                    stages.getOrDefault(Stage.NOT_STARTED, 0),
                    stages.getOrDefault(Stage.ENGAGEMENT, 0),
                    stages.getOrDefault(Stage.DEVELOPMENT, 0),
                    stages.getOrDefault(Stage.TRANSFORMATION, 0)));
        }
        double percent = teams.isEmpty() ? 0 : Math.round(current.size() * 1000.0 / teams.size()) / 10.0;
        TripCoverageResponse body =
                new TripCoverageResponse(trustId, today, teams.size(), current.size(), percent, items);
        return new Tagged<>(body, tags.of(body));
    }

    private ChallengeProfileResponse profileOf(Unit unit) {
        return new ChallengeProfileResponse(
                unit.getTrustId(),
                unit.getId(),
                profiles.items(assessments.unitRatings(unit.getTrustId(), unit.getId()).stream()
                        .map(UnitRating::agreed)
                        .toList()));
    }

    private Unit find(UUID unitId) {
        return units.findInScope(unitId, caller.scope()).orElseThrow(() -> ApiException.notFound("Unit", unitId));
    }
}
