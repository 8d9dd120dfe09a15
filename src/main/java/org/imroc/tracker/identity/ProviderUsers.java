package org.imroc.tracker.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.imroc.tracker.audit.AuditKind;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.Caller;
import org.imroc.tracker.common.digest.Sha256;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.persistence.TrustScope;
import org.imroc.tracker.user.User;
import org.imroc.tracker.user.UserRepository;

/**
 * The tracker user behind a verified token of a Trust's identity provider, created just in time. A person is
 * (provider, sub): never matched to a local user or another provider's user by username; their username is the
 * username claim qualified by the provider ({@code jane.doe@nhs.net@idp-1a2b3c4d}), kept unique. Each token's roles
 * claim sets the role and units again (audited with the provider as the actor when they change); a token that maps
 * to no role is 403 naming what it lacks; a user disabled in the tracker is 401 whatever the token says.
 */
@ApplicationScoped
public class ProviderUsers {

    private static final int MAX_USERNAME = 150;

    private final UserRepository users;
    private final AuditLog audit;
    /** Callers by provider version, person and the role their token gives, with the epoch they were read at. */
    private final Cache<String, Resolved> resolved = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    private record Resolved(long epoch, Caller caller) {}

    public ProviderUsers(UserRepository users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    /** The caller for a token {@code provider} verified; runs outside a transaction, on a worker thread. */
    public Caller callerFor(IdentityProvider provider, JsonWebToken token, long epoch) {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new AuthenticationFailedException("The identity provider's token names no subject");
        }
        List<String> values = claimValues(token.getClaim(provider.getRolesClaim()));
        IdentityProvider.Grant grant = provider.grantFor(values)
                .orElseThrow(() -> ApiException.forbidden("Your sign-in worked, but your token's '"
                        + provider.getRolesClaim() + "' claim names none of the groups this Trust gives a tracker role"
                        + " to: ask your Trust to add you to one of " + quoted(provider.mappedValues())
                        + " (it names " + (values.isEmpty() ? "none" : quoted(values)) + ")."));
        String key = provider.getId() + "/" + provider.getVersion() + "/" + subject + "/" + grant;
        Resolved known = resolved.getIfPresent(key);
        if (known != null && known.epoch() >= epoch) {
            return known.caller();
        }
        Caller caller;
        try {
            caller = QuarkusTransaction.requiringNew().call(() -> provision(provider, token, subject, grant));
        } catch (PersistenceException e) {
            // another request of the same person's first sign-in created the user first: read it
            Log.debugf("Concurrent first sign-in of %s at provider %s", subject, provider.getId());
            caller = QuarkusTransaction.requiringNew().call(() -> provision(provider, token, subject, grant));
        }
        resolved.put(key, new Resolved(epoch, caller));
        return caller;
    }

    private Caller provision(
            IdentityProvider provider, JsonWebToken token, String subject, IdentityProvider.Grant grant) {
        User user = users.findByProviderSubject(provider.getId(), subject).orElse(null);
        Set<UUID> trusts = Set.of(provider.getTrustId());
        if (user == null) {
            user = User.provisioned(usernameFor(provider, token, subject), provider.getId(), subject);
            user.describe(displayName(token, user.getUsername()), email(token, provider));
            user.assign(grant.role(), trusts, grant.unitIds());
            users.persistAndFlush(user);
            audit.byIdentityProvider(
                    provider.getId(),
                    provider.getIssuer(),
                    user.getId(),
                    AuditKind.CREATED,
                    List.of("username", "role", "trustIds", "unitIds"),
                    user.getVersion());
            Log.infof("User %s created as %s by identity provider %s", user.getId(), grant.role(), provider.getId());
        } else if (!user.isActive()) {
            throw new AuthenticationFailedException("The user is disabled in the tracker");
        } else if (user.getRole() != grant.role()
                || !user.getTrustIds().equals(trusts)
                || !user.getUnitIds().equals(grant.unitIds())) {
            user.assign(grant.role(), trusts, grant.unitIds());
            users.flush();
            audit.byIdentityProvider(
                    provider.getId(),
                    provider.getIssuer(),
                    user.getId(),
                    AuditKind.UPDATED,
                    List.of("role", "trustIds", "unitIds"),
                    user.getVersion());
            Log.infof("User %s is now %s by identity provider %s", user.getId(), grant.role(), provider.getId());
        }
        return new Caller(
                user.getId(),
                user.getUsername(),
                Caller.Kind.USER,
                grant.role(),
                TrustScope.only(trusts),
                grant.unitIds(),
                false,
                new Caller.SignedInWith(provider.getId(), provider.getIssuer()));
    }

    /** {@code <username claim>@idp-<first 8 of the provider id>}, lower case; another person's name gets a suffix. */
    private String usernameFor(IdentityProvider provider, JsonWebToken token, String subject) {
        String claimed = text(token.getClaim(provider.getUsernameClaim()));
        String base = (claimed == null || claimed.isBlank() ? subject : claimed)
                .trim()
                .toLowerCase(Locale.ROOT);
        String qualifier = "@idp-" + provider.getId().toString().substring(0, 8);
        String name = cut(base, MAX_USERNAME - qualifier.length()) + qualifier;
        if (users.findByUsername(name).isEmpty()) {
            return name;
        }
        String tag = "+" + digest(subject).substring(0, 10);
        return cut(base, MAX_USERNAME - qualifier.length() - tag.length()) + tag + qualifier;
    }

    private static String displayName(JsonWebToken token, String fallback) {
        String name = text(token.getClaim("name"));
        return cut(name == null || name.isBlank() ? fallback : name, 200);
    }

    /**
     * The email claim, else a username claim that is an address (Entra ID's UPN usually is), else an address in the
     * reserved .invalid domain (RFC 2606) that says there is none and can never be delivered to.
     */
    private static String email(JsonWebToken token, IdentityProvider provider) {
        for (String claim : List.of("email", provider.getUsernameClaim())) {
            String value = text(token.getClaim(claim));
            if (value != null && value.length() <= 254 && value.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
                return value;
            }
        }
        return "no-email@idp-" + provider.getId().toString().substring(0, 8) + ".invalid";
    }

    /** A claim's values: a JSON array of strings, a set, or one string. */
    static List<String> claimValues(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString s) {
                    values.add(s.getString());
                }
            }
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(String.valueOf(v)));
        } else if (text(claim) != null) {
            values.add(text(claim));
        }
        return values;
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString s) {
            return s.getString();
        }
        return claim instanceof String s ? s : null;
    }

    private static String quoted(List<String> values) {
        return values.stream().limit(20).map(v -> "'" + cut(v, 100) + "'").collect(Collectors.joining(", "));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String digest(String text) {
        return Sha256.hex(text);
    }
}
