package org.imroc.tracker.learningset.monthly;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the Trust tried and learned this month, what got in the way, and the help it wants from the set. */
public record ReportNarrative(
        @Size(max = 4000) @Schema(examples = "Safety huddles at 08:30 on Ward 4, every day for four weeks")
        String tried,

        @Size(max = 4000) String learned,
        @Size(max = 4000) String barriers,
        @Size(max = 4000) String helpWanted) {

    static final ReportNarrative EMPTY = new ReportNarrative(null, null, null, null);
}
