package org.imroc.tracker.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.imroc.tracker.common.error.ApiException;

@ApplicationScoped
public class ChallengeService {

    private final ChallengeRepository challenges;

    public ChallengeService(ChallengeRepository challenges) {
        this.challenges = challenges;
    }

    @Transactional
    public List<ChallengeResponse> list() {
        return challenges.listInOrder().stream().map(ChallengeResponse::from).toList();
    }

    @Transactional
    public ChallengeResponse get(int number) {
        Challenge challenge = challenges.findById(number);
        if (challenge == null) {
            throw ApiException.notFound("Challenge", number);
        }
        return ChallengeResponse.from(challenge);
    }
}
