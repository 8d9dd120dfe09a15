package org.imroc.tracker.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Whose address a request is counted against: X-Forwarded-For is honoured from the trusted proxy of the test profile
 * (127.0.0.1) and ignored from any other peer (127.0.0.2, another loopback address of this machine), which is then
 * counted as itself whatever it claims. The anonymous budget's RateLimit header shows which address was charged.
 */
@QuarkusTest
class ForwardedAddressTest {

    private static final Pattern REMAINING = Pattern.compile("(?im)^RateLimit: \"anonymous\";r=(\\d+);");

    @TestHTTPResource("/api/v1/challenges")
    URL challenges;

    @Test
    void aTrustedProxyNamesTheClient() throws IOException {
        long first = remainingAfter("127.0.0.1", freshAddress());
        long second = remainingAfter("127.0.0.1", freshAddress());
        assertThat(second)
                .as("a second client behind the proxy has its own budget")
                .isEqualTo(first);
    }

    @Test
    void anUntrustedPeerIsCountedAsItselfWhateverItClaims() throws IOException {
        long first = remainingAfter("127.0.0.2", freshAddress());
        long second = remainingAfter("127.0.0.2", freshAddress());
        assertThat(second)
                .as("the claimed addresses are ignored; the peer's own budget is spent")
                .isLessThan(first);
    }

    private static String freshAddress() {
        long random = UUID.randomUUID().getLeastSignificantBits();
        return "10." + Math.floorMod(random, 256) + "." + Math.floorMod(random >> 8, 256) + "."
                + (1 + Math.floorMod(random >> 16, 254));
    }

    /** A request without a credential from {@code peer}, forwarded for {@code claimed}: the anonymous budget left. */
    private long remainingAfter(String peer, String claimed) throws IOException {
        try (Socket socket = new Socket(
                InetAddress.getByName(challenges.getHost()), challenges.getPort(), InetAddress.getByName(peer), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + challenges.getPath() + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + claimed
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            Matcher remaining = REMAINING.matcher(answer);
            assertThat(remaining.find()).as("RateLimit header in %s", answer).isTrue();
            return Long.parseLong(remaining.group(1));
        }
    }
}
