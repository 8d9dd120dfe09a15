package org.imroc.tracker.learningset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Who came from one member Trust, by name and role. */
public record AttendanceItem(
        @NotNull UUID trustId, @NotNull @Size(max = 30) List<@Valid @NotNull Person> attendees) {

    /** Someone at a session; the tracker holds no patient data. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SessionAttendee")
    public record Person(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String role) {}
}
