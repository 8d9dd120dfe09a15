package org.imroc.tracker.common.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.junit.jupiter.api.Test;

/** The shared lifecycle table: complete, and refusing with where a state may go instead. */
class TransitionsTest {

    enum Light {
        RED,
        AMBER,
        GREEN,
        OFF
    }

    private static final Transitions<Light> LIGHTS = Transitions.of(
            "A light",
            Light.class,
            Map.of(
                    Light.RED, Set.of(Light.GREEN, Light.OFF),
                    Light.GREEN, Set.of(Light.AMBER),
                    Light.AMBER, Set.of(Light.RED),
                    Light.OFF, Set.of()));

    @Test
    void aStateWithoutARowIsRefusedWhenTheTableIsMade() {
        assertThatThrownBy(() -> Transitions.of("A light", Light.class, Map.of(Light.RED, Set.of(Light.GREEN))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no row");
    }

    @Test
    void everyMoveFromEveryStateIsAllowedExactlyWhenListed() {
        for (Light from : Light.values()) {
            for (Light to : Light.values()) {
                boolean listed = LIGHTS.from(from).contains(to);
                assertThat(LIGHTS.allows(from, to)).as(from + " → " + to).isEqualTo(listed);
                if (listed) {
                    LIGHTS.check(from, to);
                } else {
                    assertThatThrownBy(() -> LIGHTS.check(from, to))
                            .as(from + " → " + to)
                            .isInstanceOfSatisfying(
                                    ApiException.class,
                                    e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
                }
            }
        }
    }

    @Test
    void aRefusalSaysWhereTheStateMayGo() {
        assertThatThrownBy(() -> LIGHTS.check(Light.GREEN, Light.RED))
                .hasMessage("A light cannot move from GREEN to RED; from GREEN it may move to [AMBER].");
        assertThatThrownBy(() -> LIGHTS.check(Light.OFF, Light.RED))
                .hasMessage("A light cannot move from OFF to RED; OFF is final.");
        assertThatThrownBy(() -> LIGHTS.check(Light.RED, Light.RED)).hasMessage("A light is already RED.");
    }

    @Test
    void theTableCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> LIGHTS.from(Light.RED).add(Light.AMBER))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
