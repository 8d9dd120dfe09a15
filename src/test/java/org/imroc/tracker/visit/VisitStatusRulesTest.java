package org.imroc.tracker.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.junit.jupiter.api.Test;

/** A visit's status rules, on the entity alone: every move from every state. */
class VisitStatusRulesTest {

    /** The moves a visit may make, written out independently of {@link Visit#NEXT}. */
    private static final Map<VisitStatus, Set<VisitStatus>> LEGAL = Map.of(
            VisitStatus.PLANNED, Set.of(VisitStatus.COMPLETED, VisitStatus.CANCELLED),
            VisitStatus.COMPLETED, Set.of(VisitStatus.PLANNED),
            VisitStatus.CANCELLED, Set.of(VisitStatus.PLANNED));

    @Test
    void everyMoveFromEveryStatus() {
        for (VisitStatus from : VisitStatus.values()) {
            for (VisitStatus to : VisitStatus.values()) {
                Visit visit = new Visit(UUID.randomUUID(), from);
                if (LEGAL.get(from).contains(to)) {
                    visit.moveTo(to);
                    assertThat(visit.getStatus()).as(from + " → " + to).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> visit.moveTo(to))
                            .as(from + " → " + to)
                            .isInstanceOfSatisfying(
                                    ApiException.class,
                                    e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
                    assertThat(visit.getStatus()).isEqualTo(from);
                }
            }
        }
    }

    @Test
    void aVisitIsLoggedPlannedUnlessToldOtherwise() {
        assertThat(new Visit(UUID.randomUUID(), null).getStatus()).isEqualTo(VisitStatus.PLANNED);
        assertThat(new Visit(UUID.randomUUID(), VisitStatus.COMPLETED).getStatus())
                .isEqualTo(VisitStatus.COMPLETED);
    }
}
