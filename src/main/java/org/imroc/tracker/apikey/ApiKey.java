package org.imroc.tracker.apikey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.imroc.tracker.common.persistence.TrackedEntity;

/**
 * An integration key: lets a dashboard, report or warehouse read progress over HTTP without a person signing in.
 * Read-only, limited to its Trusts (every Trust only when created with allTrusts), optionally expiring, revocable. Only a SHA-256 of the
 * secret is stored; the secret is shown once, when the key is created.
 */
@Entity
@Table(name = "api_keys")
public class ApiKey extends TrackedEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "key_hash", nullable = false, updatable = false, length = 64)
    private String keyHash;

    /** The first characters of the key, so people can tell their keys apart without the secret. */
    @Column(name = "key_prefix", nullable = false, updatable = false, length = 12)
    private String keyPrefix;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @ElementCollection
    @CollectionTable(name = "api_key_trusts", joinColumns = @JoinColumn(name = "api_key_id"))
    @Column(name = "trust_id", nullable = false)
    @BatchSize(size = 200)
    private Set<UUID> trustIds = new HashSet<>();

    /** Reads every Trust: only when asked for explicitly, never because no Trust was named. */
    @Column(name = "all_trusts", nullable = false, updatable = false)
    private boolean allTrusts;

    /** PUBLIC: every figure of people it reads passes small-number suppression (docs/decisions/0031). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private KeyDisclosure disclosure = KeyDisclosure.RAW;

    protected ApiKey() {}

    public ApiKey(
            String name,
            String keyHash,
            String keyPrefix,
            Set<UUID> trustIds,
            boolean allTrusts,
            LocalDate expiresOn,
            KeyDisclosure disclosure,
            UUID createdBy) {
        this.name = name;
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.trustIds.addAll(trustIds);
        this.allTrusts = allTrusts;
        this.expiresOn = expiresOn;
        this.disclosure = disclosure == null ? KeyDisclosure.RAW : disclosure;
        this.createdBy = createdBy;
    }

    /** True when the credential has the form of an integration key rather than an access token. */
    public static boolean looksLikeKey(String credential) {
        return credential.startsWith(ApiKeySecrets.PREFIX);
    }

    /** Usable on {@code today}: not revoked, and not past its last valid day. */
    public boolean isUsableOn(LocalDate today) {
        return revokedAt == null && (expiresOn == null || !today.isAfter(expiresOn));
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = now();
        }
    }

    public String getName() {
        return name;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isAllTrusts() {
        return allTrusts;
    }

    public KeyDisclosure getDisclosure() {
        return disclosure;
    }

    /** Whether the key is shown figures of people only through small-number suppression. */
    public boolean isPublic() {
        return disclosure == KeyDisclosure.PUBLIC;
    }

    public Set<UUID> getTrustIds() {
        return Set.copyOf(trustIds);
    }
}
