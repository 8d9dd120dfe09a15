package org.imroc.tracker.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Forwarded headers are believed only from named proxies: on for everyone is refused at start. */
class TrustedProxiesTest {

    @Test
    void forwardingWithNoTrustedProxyIsRefused() {
        assertThat(TrustedProxies.problemWith(true, List.of())).contains("quarkus.http.proxy.trusted-proxies");
        assertThat(TrustedProxies.problemWith(true, List.of(" "))).isNotNull();
    }

    @Test
    void forwardingFromNamedProxiesOrNoForwardingAtAllIsAccepted() {
        assertThat(TrustedProxies.problemWith(true, List.of("10.0.0.0/8"))).isNull();
        assertThat(TrustedProxies.problemWith(false, List.of())).isNull();
    }
}
