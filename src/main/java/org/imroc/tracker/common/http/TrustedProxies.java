package org.imroc.tracker.common.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forwarded headers (X-Forwarded-For, Forwarded) name the client only when they come from a proxy the operator trusts
 * (quarkus.http.proxy.trusted-proxies); Quarkus then resolves the remote address that {@link ClientAddress} reads, and
 * ignores the headers from any other peer. Forwarding switched on with no trusted proxy would trust every peer, so any
 * client could claim a fresh address for each request and escape its sign-in throttle and anonymous budget: the
 * service refuses to start like that (decision 0018).
 */
@ApplicationScoped
public class TrustedProxies {

    private final boolean forwarding;
    private final List<String> trusted;

    public TrustedProxies(
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
                    boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trusted) {
        this.forwarding = forwarding;
        this.trusted = trusted.orElse(List.of());
    }

    void refuseForwardingFromAnyone(@Observes @Priority(1) StartupEvent event) {
        String problem = problemWith(forwarding, trusted);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** Why these settings would let any client choose its address, or null when they do not. */
    static String problemWith(boolean forwarding, List<String> trusted) {
        if (forwarding && trusted.stream().allMatch(String::isBlank)) {
            return "quarkus.http.proxy.proxy-address-forwarding is on but quarkus.http.proxy.trusted-proxies names no "
                    + "proxy, so every client could claim any address: name the load balancer's addresses "
                    + "(QUARKUS_HTTP_PROXY_TRUSTED_PROXIES, docs/deployment.md)";
        }
        return null;
    }
}
