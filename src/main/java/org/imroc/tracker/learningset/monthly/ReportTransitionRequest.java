package org.imroc.tracker.learningset.monthly;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Submit a report (DRAFT → SUBMITTED), or take it back to correct it (SUBMITTED → DRAFT) before it is reviewed. */
public record ReportTransitionRequest(
        @NotNull @Schema(enumeration = {"SUBMITTED", "DRAFT"})
        ReportStage to) {}
