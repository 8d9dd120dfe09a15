package org.imroc.tracker.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.persistence.TrackedEntity;

/**
 * A person who signs in: an administrator, an ImROC consultant (assigned a set of Trusts), a Trust lead (who
 * belongs to exactly one Trust) or a unit lead (one Trust and one or more of its units). Only a bcrypt hash of the password is kept.
 */
@Entity
@Table(name = "users")
public class User extends TrackedEntity {

    @Column(nullable = false, updatable = false, length = 150)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    /** When the password was last set. */
    @Column(name = "credentials_changed_at", nullable = false)
    private Instant credentialsChangedAt;

    /** Every token names the version it was issued at; setting the password moves it on, so older tokens fail. */
    @Column(name = "token_version", nullable = false)
    private int tokenVersion;

    @ElementCollection
    @CollectionTable(name = "user_trusts", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "trust_id", nullable = false)
    @BatchSize(size = 200)
    private Set<UUID> trustIds = new HashSet<>();

    /** A UNIT_LEAD's units (of its one Trust); empty for every other role. */
    @ElementCollection
    @CollectionTable(name = "user_units", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "unit_id", nullable = false)
    @BatchSize(size = 200)
    private Set<UUID> unitIds = new HashSet<>();

    /** The Trust identity provider that created this user (null: a tracker account with a password). */
    @Column(name = "identity_provider_id")
    private UUID identityProviderId;

    /** The person at that provider: its tokens' sub. */
    @Column(length = 255)
    private String subject;

    /** A provider's users have no tracker password: this never matches one. */
    private static final String NO_PASSWORD = "!";

    protected User() {}

    /** A user created by a Trust's identity provider on the person's first token: no password, never local. */
    public static User provisioned(String username, UUID identityProviderId, String subject) {
        User user = new User(username, NO_PASSWORD);
        user.identityProviderId = identityProviderId;
        user.subject = subject;
        return user;
    }

    /** Whether the user signs in with a tracker password (not through a Trust's identity provider). */
    public boolean hasPassword() {
        return identityProviderId == null && subject == null;
    }

    /** The provider was deleted: the user can no longer sign in, and keeps its history. */
    public void detachFromProvider() {
        this.identityProviderId = null;
        this.active = false;
    }

    public UUID getIdentityProviderId() {
        return identityProviderId;
    }

    public String getSubject() {
        return subject;
    }

    public User(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.credentialsChangedAt = now();
    }

    /** Sets role and Trusts of a role that has no units. */
    public void assign(Role role, Set<UUID> trustIds) {
        assign(role, trustIds, Set.of());
    }

    /** Sets role, Trusts and units together, enforcing what each role may hold. */
    public void assign(Role role, Set<UUID> trustIds, Set<UUID> unitIds) {
        if (role == Role.INTEGRATION) {
            throw new IllegalArgumentException("INTEGRATION is a role for keys, not users");
        }
        if ((role == Role.UNIT_LEAD) == unitIds.isEmpty()) {
            throw new IllegalArgumentException("a UNIT_LEAD, and only a UNIT_LEAD, has units");
        }
        this.role = role;
        this.trustIds.clear();
        this.trustIds.addAll(trustIds);
        this.unitIds.clear();
        this.unitIds.addAll(unitIds);
    }

    public void describe(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.credentialsChangedAt = now();
        this.tokenVersion++;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }

    public int getTokenVersion() {
        return tokenVersion;
    }

    public Set<UUID> getTrustIds() {
        return Set.copyOf(trustIds);
    }

    public Set<UUID> getUnitIds() {
        return Set.copyOf(unitIds);
    }
}
