package org.imroc.tracker.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AsOfFeedTest {

    private final AsOfFeed<String, String> kept = new AsOfFeed<>(100, answer -> 1);
    private final AtomicInteger computed = new AtomicInteger();

    private String ask(OptionalLong feed, String question) {
        return kept.get(feed, question, () -> question + "#" + computed.incrementAndGet());
    }

    @Test
    void anAnswerIsKeptWhileTheFeedReadsTheSameNumber() {
        assertThat(ask(OptionalLong.of(7), "page")).isEqualTo("page#1");
        assertThat(ask(OptionalLong.of(7), "page")).isEqualTo("page#1");
        assertThat(computed).hasValue(1);
    }

    @Test
    void anAnswerIsComputedAgainOnceTheFeedHasMoved() {
        ask(OptionalLong.of(7), "page");
        assertThat(ask(OptionalLong.of(8), "page")).isEqualTo("page#2");
        assertThat(ask(OptionalLong.of(8), "page")).isEqualTo("page#2");
    }

    @Test
    void eachQuestionHasItsOwnAnswer() {
        ask(OptionalLong.of(7), "page");
        assertThat(ask(OptionalLong.of(7), "other")).isEqualTo("other#2");
    }

    @Test
    void withoutAFeedNumberEveryRequestComputes() {
        ask(OptionalLong.empty(), "page");
        assertThat(ask(OptionalLong.empty(), "page")).isEqualTo("page#2");
        assertThat(ask(OptionalLong.of(7), "page")).isEqualTo("page#3");
    }

    @Test
    void aLaterAnswerIsNotReplacedByOneComputedAfterAnEarlierNumber() {
        ask(OptionalLong.of(9), "page"); // kept with 9
        assertThat(ask(OptionalLong.of(8), "page")).isEqualTo("page#2"); // a slow request that read 8: its own
        assertThat(ask(OptionalLong.of(9), "page")).isEqualTo("page#1"); // 9's answer still kept
    }
}
