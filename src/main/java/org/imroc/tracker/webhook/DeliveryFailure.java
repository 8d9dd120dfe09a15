package org.imroc.tracker.webhook;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.imroc.tracker.common.net.TargetPolicy;

/**
 * Why a delivery got no answer, in the tracker's own words for the delivery log: never a class name, an exception
 * message or an address the target resolved to. The first row whose kind matches the failure or one of its causes
 * gives the text; the order matters where one kind extends another (a connect timeout is a connect exception).
 */
final class DeliveryFailure {

    private record Wording(Class<? extends Throwable> kind, String text) {}

    private static final List<Wording> WORDINGS = List.of(
            new Wording(ConnectTimeoutException.class, "timed out: no connection within %d s"),
            new Wording(TimeoutException.class, "timed out: no answer within %d s"),
            new Wording(SocketTimeoutException.class, "timed out: no answer within %d s"),
            new Wording(UnknownHostException.class, "name not resolved"),
            new Wording(SSLException.class, "TLS failed: the certificate, its name or the protocol was not accepted"),
            new Wording(ConnectException.class, "connection refused: nothing accepts connections at that address"),
            new Wording(NoRouteToHostException.class, "no route to the address"),
            new Wording(HttpClosedException.class, "connection closed before an answer"),
            new Wording(IOException.class, "connection closed before an answer"));

    static final String OTHERWISE = "failed before an answer";

    private DeliveryFailure() {}

    static String describe(Throwable failure, Duration timeout) {
        for (Wording wording : WORDINGS) {
            Throwable cause = failure;
            for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
                if (wording.kind().isInstance(cause)) {
                    return wording.text().formatted(timeout.toSeconds());
                }
            }
        }
        return OTHERWISE;
    }

    /** A receiver that answered, but not with 2xx. */
    static String answered(int status) {
        return "answered " + status;
    }

    /** A target the policy refused right before connecting. */
    static String refused(TargetPolicy.Refused refused) {
        return "target refused by policy: " + refused.getMessage();
    }
}
