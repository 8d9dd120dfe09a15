package org.imroc.tracker.measure.analysis;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.imroc.tracker.measure.Measure;

/** The query parameters that choose a {@link Slice}: {@code ?unitId=}, {@code ?breakdown=&code=}. */
public class SliceParams {

    @QueryParam("unitId")
    @Parameter(
            description = "For a measure recorded by unit: analyse this unit's series instead of the Trust's (same "
                    + "fields, same rules)")
    public UUID unitId;

    @QueryParam("breakdown")
    @Size(max = 20)
    @Parameter(
            description = "With code: analyse one group's series (its own rate, or its part of the value), e.g. "
                    + "ETHNIC_GROUP. The measure must be broken down by it (GET /breakdowns lists them)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 20))
    public String breakdown;

    @QueryParam("code")
    @Size(max = 20)
    @Parameter(
            description = "With breakdown: the group's code, e.g. BLACK",
            schema = @Schema(type = SchemaType.STRING, maxLength = 20))
    public String code;

    /** Whole series of the Trust or a unit. */
    public static SliceParams ofUnit(UUID unitId) {
        SliceParams params = new SliceParams();
        params.unitId = unitId;
        return params;
    }

    /** The slice asked for, checked against the measure (400 naming a parameter). */
    Slice of(Measure measure) {
        return Slice.of(measure, unitId, breakdown, code);
    }
}
