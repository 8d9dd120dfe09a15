package org.imroc.tracker.cycle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Do: when the test ran, whether it went as planned, what was observed, and what went wrong or was unplanned. */
public record DoFields(
        LocalDate startedOn,
        LocalDate completedOn,
        Boolean carriedOutAsPlanned,
        @Size(max = 8000) String observations,

        @Size(max = 4000) @Schema(description = "Problems and unplanned events")
        String problems) {

    public static final DoFields EMPTY = new DoFields(null, null, null, null, null);

    @AssertTrue(message = "completedOn must not be before startedOn")
    @Schema(hidden = true)
    @JsonIgnore
    public boolean isCompletedAfterStart() {
        return startedOn == null || completedOn == null || !completedOn.isBefore(startedOn);
    }

    static DoFields from(PdsaCycle cycle) {
        DoRecord record = cycle.doRecord();
        return new DoFields(
                record.startedOn(),
                record.completedOn(),
                record.carriedOutAsPlanned(),
                record.observations(),
                record.problems());
    }

    DoRecord toRecord() {
        return new DoRecord(startedOn, completedOn, carriedOutAsPlanned, observations, problems);
    }
}
