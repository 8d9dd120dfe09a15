package org.imroc.tracker.challenge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.RepresentationTags;
import org.imroc.tracker.common.http.Tagged;
import org.imroc.tracker.common.paging.Page;

/**
 * The challenges: reference data that only a migration changes, so they are read once per process and the list is
 * kept serialised, with its ETag. Listing them costs no statement and no serialisation: it is the reference the
 * benchmark measures the per-request cost of the service against.
 */
@ApplicationScoped
public class ChallengeService {

    private final ChallengeRepository challenges;
    private final RepresentationTags tags;
    private volatile List<ChallengeResponse> responses;
    private volatile Tagged<byte[]> listJson;

    public ChallengeService(ChallengeRepository challenges, RepresentationTags tags) {
        this.challenges = challenges;
        this.tags = tags;
    }

    public List<ChallengeResponse> list() {
        List<ChallengeResponse> loaded = responses;
        if (loaded == null) {
            loaded = QuarkusTransaction.requiringNew()
                    .call(() -> challenges.listInOrder().stream()
                            .map(ChallengeResponse::from)
                            .toList());
            responses = loaded;
        }
        return loaded;
    }

    /** The list as the API sends it ({@code {"items": […], "nextCursor": null}}), serialised once, with its ETag. */
    public Tagged<byte[]> listJson() {
        Tagged<byte[]> json = listJson;
        if (json == null) {
            json = tags.json(new Page<>(list(), null));
            listJson = json;
        }
        return json;
    }

    /** One challenge with its ETag (a hash of its representation: it changes only with a new release). */
    public Tagged<ChallengeResponse> get(int number) {
        ChallengeResponse challenge = list().stream()
                .filter(c -> c.number() == number)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Challenge", number));
        return new Tagged<>(challenge, tags.of(challenge));
    }
}
