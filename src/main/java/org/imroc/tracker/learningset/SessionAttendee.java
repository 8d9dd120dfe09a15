package org.imroc.tracker.learningset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** Someone from a member Trust at a session, by name and role; the tracker holds no patient data. */
@Embeddable
public class SessionAttendee {

    @Column(name = "trust_id", nullable = false)
    private UUID trustId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String role;

    protected SessionAttendee() {}

    public SessionAttendee(UUID trustId, String name, String role) {
        this.trustId = trustId;
        this.name = name;
        this.role = role;
    }

    public UUID getTrustId() {
        return trustId;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionAttendee other
                && Objects.equals(trustId, other.trustId)
                && Objects.equals(name, other.name)
                && Objects.equals(role, other.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trustId, name, role);
    }
}
