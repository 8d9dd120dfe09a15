package org.imroc.tracker.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.imroc.tracker.common.net.TargetPolicy;
import org.junit.jupiter.api.Test;

/** What the delivery log says when a receiver could not be reached: the tracker's words, nothing of Java's. */
class DeliveryFailureTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    private record Case(Throwable failure, String expected) {}

    @Test
    void eachKindOfFailureHasItsOwnWordsAndNoneLeaksAClassNameOrAnAddress() {
        List<Case> cases = List.of(
                new Case(new ConnectException("Connection refused: /10.9.8.7:8443"), "connection refused"),
                new Case(
                        new ConnectTimeoutException("connection timed out: /10.9.8.7:8443"),
                        "timed out: no connection within 10 s"),
                new Case(
                        new TimeoutException("The timeout period of 10000ms has been exceeded"),
                        "timed out: no answer within 10 s"),
                new Case(new UnknownHostException("hooks.internal"), "name not resolved"),
                new Case(
                        new VertxException(new SSLHandshakeException("PKIX path building failed: CN=10.9.8.7")),
                        "TLS failed"),
                new Case(new NoRouteToHostException("No route to host: /10.9.8.7"), "no route to the address"),
                new Case(new HttpClosedException("Connection was closed"), "connection closed before an answer"),
                new Case(new SocketException("Connection reset by peer"), "connection closed before an answer"),
                new Case(new ExecutionException(new IOException("Broken pipe")), "connection closed before an answer"),
                new Case(
                        new IllegalStateException("java.lang.NullPointerException at io.vertx.Foo"),
                        "failed before an answer"));
        for (Case c : cases) {
            String said = DeliveryFailure.describe(c.failure(), TEN_SECONDS);
            assertThat(said)
                    .as(c.failure().toString())
                    .startsWith(c.expected())
                    .doesNotContain("Exception")
                    .doesNotContain("10.9.8.7")
                    .doesNotContain("hooks.internal")
                    .doesNotContain("java.")
                    .doesNotContain("io.");
        }
    }

    @Test
    void aReceiverThatAnswersBadlyAndATargetRefusedAreSaidPlainly() {
        assertThat(DeliveryFailure.answered(500)).isEqualTo("answered 500");
        assertThat(DeliveryFailure.refused(new TargetPolicy.Refused("is a special-purpose address (Loopback)")))
                .isEqualTo("target refused by policy: is a special-purpose address (Loopback)");
    }
}
