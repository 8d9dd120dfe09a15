package org.imroc.tracker.measure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.AsOfFeed;
import org.imroc.tracker.common.persistence.TrustScope;

/**
 * A measure in the caller's scope as of its Trust's latest change ({@link MeasureRepository#findInScopeAsOf}), for
 * the reads that keep their answers per state of the Trust: the SPC and run charts, the unit lines, the disparities.
 * Kept as of the change feed (docs/decisions/0040, 0041): while nothing at all has been written since it was read,
 * the measure, its Trust's change number and its rebases are given again without a statement, so such a read asked
 * again costs only the caller check's statement. Any write to the measure, its series, its rebases or its Trust
 * moves the feed first.
 *
 * <p>The measure given is detached and shared between requests: read it, never change it (a write reads its own with
 * {@link MeasureRepository#findInScopeForWrite}).
 */
@ApplicationScoped
public class MeasureStates {

    /** The question: one measure, as the scope sees it (outside the scope it is not found). */
    private record Question(TrustScope scope, UUID measureId) {}

    /**
     * A measure with its rebases is about 1–2 KB: 4,000 are at most 8 MB, two for each of the benchmark's measures,
     * and a Trust's few dozen for each of a hundred Trusts read at once.
     */
    private static final int KEPT = 4_000;

    private final AsOfFeed<Question, Optional<MeasureRepository.AsOf>> kept = new AsOfFeed<>(KEPT, answer -> 1);
    private final MeasureRepository measures;
    private final CurrentCaller caller;

    public MeasureStates(MeasureRepository measures, CurrentCaller caller) {
        this.measures = measures;
        this.caller = caller;
    }

    /** The measure in the caller's scope with its Trust's change number and rebases; 404 when there is none. */
    public MeasureRepository.AsOf inScope(UUID measureId) {
        TrustScope scope = caller.scope();
        return kept.get(
                        caller.feedSeqAtCheck(),
                        new Question(scope, measureId),
                        () -> measures.findInScopeAsOf(measureId, scope))
                .orElseThrow(() -> ApiException.notFound("Measure", measureId));
    }
}
