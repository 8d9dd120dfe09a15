package org.imroc.tracker.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The retry schedule and a parked event's rules, without Quarkus. */
class RetryScheduleTest {

    private final RetrySchedule schedule =
            new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30)));

    @Test
    void eachAttemptWaitsItsOwnStepAndTheLastStepRepeats() {
        assertThat(schedule.after(1, 500, null, 0.5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(schedule.after(2, 500, null, 0.5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(schedule.after(3, null, null, 0.5)).isEqualTo(Duration.ofMinutes(30));
        assertThat(schedule.after(9, 502, null, 0.5)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theSpreadIsTenPercentEitherWay() {
        assertThat(schedule.after(1, 500, null, 0.0)).isEqualTo(Duration.ofMillis(4_500));
        assertThat(schedule.after(1, 500, null, 0.999_999))
                .isBetween(Duration.ofMillis(5_499), Duration.ofMillis(5_500));
    }

    @Test
    void retryAfterIsHonouredOnlyOn429And503AndAtMostADay() {
        assertThat(schedule.after(1, 429, Duration.ofSeconds(42), 0.5)).isEqualTo(Duration.ofSeconds(42));
        assertThat(schedule.after(4, 503, Duration.ofSeconds(7), 0.5)).isEqualTo(Duration.ofSeconds(7));
        assertThat(schedule.after(1, 503, Duration.ofDays(9), 0.5)).isEqualTo(Duration.ofDays(1));
        assertThat(schedule.after(1, 500, Duration.ofSeconds(42), 0.5))
                .as("Retry-After on a 500 is ignored")
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(schedule.after(1, 429, null, 0.5)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void anEmptyScheduleIsRefused() {
        assertThatThrownBy(() -> new RetrySchedule(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aParkedEventCountsItsAttemptsAndGivesUpOnlyAfterFailingTooLong() {
        Instant first = Instant.parse("2026-03-01T10:00:00Z");
        WebhookRetry retry = new WebhookRetry(UUID.randomUUID(), 41, first, first.plusSeconds(5));
        assertThat(retry.attempts()).isEqualTo(1);
        retry.failedAgain(first.plusSeconds(300));
        assertThat(retry.attempts()).isEqualTo(2);
        assertThat(retry.nextAttemptAt()).isEqualTo(first.plusSeconds(300));
        assertThat(retry.failingLongerThan(
                        Duration.ofDays(3), first.plus(Duration.ofDays(3)).minusMillis(1)))
                .isFalse();
        assertThat(retry.failingLongerThan(Duration.ofDays(3), first.plus(Duration.ofDays(3))))
                .isTrue();
        Instant reenabled = first.plus(Duration.ofDays(4));
        retry.restart(reenabled);
        assertThat(retry.failingSince()).isEqualTo(reenabled);
        assertThat(retry.nextAttemptAt()).isEqualTo(reenabled);
        assertThat(retry.failingLongerThan(Duration.ofDays(3), reenabled.plusSeconds(1)))
                .isFalse();
        assertThat(retry.seq()).isEqualTo(41);
    }
}
