package org.imroc.tracker.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The active identity providers by issuer, as of a security epoch. Every change to a provider moves the epoch on
 * (it is a security event), and every request reads the epoch anyway, so a snapshot older than the epoch a request
 * read is replaced before it is used: a provider added, changed, made inactive or deleted takes effect on the next
 * request on every instance, without a restart. The providers are few (one or two per Trust that has one).
 */
@ApplicationScoped
public class ProviderDirectory {

    private record Snapshot(long epoch, Map<String, IdentityProvider> byIssuer) {}

    private final IdentityProviderRepository providers;
    private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, Map.of());

    public ProviderDirectory(IdentityProviderRepository providers) {
        this.providers = providers;
    }

    /** The active provider whose issuer this is, as of {@code epoch} or later (detached: read only). */
    public Optional<IdentityProvider> activeByIssuer(String issuer, long epoch) {
        return Optional.ofNullable(at(epoch).byIssuer().get(issuer));
    }

    /**
     * As {@link #activeByIssuer}, for a token being accepted: a provider made inactive or deleted since fails
     * authentication (401).
     */
    public IdentityProvider requireActive(String issuer, long epoch) {
        return activeByIssuer(issuer, epoch)
                .orElseThrow(() -> new AuthenticationFailedException("No active identity provider has this issuer"));
    }

    /**
     * Whether users of these Trusts may sign in with a tracker password: not when an active provider of one of them
     * says {@code localSignIn: false}.
     */
    public boolean allowsLocalSignIn(Collection<UUID> trustIds, long epoch) {
        return at(epoch).byIssuer().values().stream()
                .noneMatch(p -> trustIds.contains(p.getTrustId()) && !p.isLocalSignIn());
    }

    private Snapshot at(long epoch) {
        Snapshot known = snapshot;
        if (known.epoch() >= epoch) {
            return known; // as new as the caller's epoch (a newer one is as good)
        }
        List<IdentityProvider> active = QuarkusTransaction.requiringNew().call(providers::active);
        Snapshot fresh = new Snapshot(
                epoch,
                active.stream()
                        .collect(Collectors.toUnmodifiableMap(IdentityProvider::getIssuer, Function.identity())));
        synchronized (this) {
            if (snapshot.epoch() < epoch) {
                snapshot = fresh;
            }
        }
        return fresh;
    }
}
