package org.imroc.tracker.visit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AttendeeItem(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String role) {}
