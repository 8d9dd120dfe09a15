package org.imroc.tracker.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.persistence.TrustOwnedEntity;

/**
 * A Trust's own OpenID Connect provider (Entra ID, Keycloak, …): tokens its issuer signs for {@code audience} sign
 * the Trust's staff in, with the role their groups map to. Its keys' address ({@code jwksUri}) is read from the
 * issuer's discovery document when it is saved.
 */
@Entity
@Table(name = "identity_providers")
public class IdentityProvider extends TrustOwnedEntity {

    @Column(nullable = false, length = 500)
    private String issuer;

    @Column(nullable = false, length = 200)
    private String audience;

    @Column(name = "tenant_id", length = 100)
    private String tenantId;

    @Column(name = "username_claim", nullable = false, length = 30)
    private String usernameClaim;

    @Column(name = "roles_claim", nullable = false, length = 30)
    private String rolesClaim;

    @Convert(converter = MappingsColumn.class)
    @Column(name = "role_mappings", nullable = false, length = 20000)
    private List<RoleMapping> roleMappings = new ArrayList<>();

    @Column(name = "local_sign_in", nullable = false)
    private boolean localSignIn;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "jwks_uri", nullable = false, length = 2000)
    private String jwksUri;

    @Column(name = "discovered_at", nullable = false)
    private Instant discoveredAt;

    protected IdentityProvider() {}

    public IdentityProvider(UUID trustId) {
        super(trustId);
    }

    /** What a person's token is worth here: a role, and a unit lead's units. */
    public record Grant(Role role, Set<UUID> unitIds) {}

    /**
     * The role the claim's values map to: TRUST_LEAD when any maps to it, otherwise UNIT_LEAD of every unit the
     * matching UNIT_LEAD mappings name; empty when none matches.
     */
    public Optional<Grant> grantFor(Collection<String> claimValues) {
        Set<UUID> units = new LinkedHashSet<>();
        boolean lead = false;
        for (RoleMapping mapping : roleMappings) {
            if (claimValues.contains(mapping.claimValue())) {
                lead |= mapping.role() == Role.TRUST_LEAD;
                units.addAll(mapping.unitIds());
            }
        }
        if (lead) {
            return Optional.of(new Grant(Role.TRUST_LEAD, Set.of()));
        }
        return units.isEmpty() ? Optional.empty() : Optional.of(new Grant(Role.UNIT_LEAD, Set.copyOf(units)));
    }

    /** The claim values that would give a role, for a refusal that says which group is missing. */
    public List<String> mappedValues() {
        return roleMappings.stream().map(RoleMapping::claimValue).distinct().toList();
    }

    void configure(IdentityProviderUpdate form) {
        this.issuer = form.issuer();
        this.audience = form.audience();
        this.tenantId = form.tenantId();
        this.usernameClaim = form.usernameClaim();
        this.rolesClaim = form.rolesClaim();
        this.roleMappings = new ArrayList<>(form.roleMappings());
        this.localSignIn = form.localSignIn();
        this.active = form.active();
    }

    void discovered(String jwksUri, Instant at) {
        this.jwksUri = jwksUri;
        this.discoveredAt = at;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getAudience() {
        return audience;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getUsernameClaim() {
        return usernameClaim;
    }

    public String getRolesClaim() {
        return rolesClaim;
    }

    public List<RoleMapping> getRoleMappings() {
        return List.copyOf(roleMappings);
    }

    public boolean isLocalSignIn() {
        return localSignIn;
    }

    public boolean isActive() {
        return active;
    }

    public String getJwksUri() {
        return jwksUri;
    }

    public Instant getDiscoveredAt() {
        return discoveredAt;
    }

    /** Role mappings as one JSON array. */
    public static class MappingsColumn implements AttributeConverter<List<RoleMapping>, String> {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        public String convertToDatabaseColumn(List<RoleMapping> mappings) {
            try {
                return JSON.writeValueAsString(mappings == null ? List.of() : mappings);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("role mappings could not be written", e);
            }
        }

        @Override
        public List<RoleMapping> convertToEntityAttribute(String text) {
            try {
                return text == null
                        ? new ArrayList<>()
                        : new ArrayList<>(JSON.readValue(text, new TypeReference<>() {}));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("role mappings could not be read", e);
            }
        }
    }
}
