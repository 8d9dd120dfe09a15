package org.imroc.tracker.learningset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** More commitments made at a session, after it was recorded. */
public record CommitmentsRequest(
        @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull CommitmentItem> commitments) {}
