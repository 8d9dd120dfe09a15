package org.imroc.tracker.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Someone at a visit, by name and role (e.g. "Peer trainer"); the tracker holds no patient data. */
@Embeddable
public class VisitAttendee {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String role;

    protected VisitAttendee() {}

    public VisitAttendee(String name, String role) {
        this.name = name;
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VisitAttendee other && Objects.equals(name, other.name) && Objects.equals(role, other.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role);
    }
}
