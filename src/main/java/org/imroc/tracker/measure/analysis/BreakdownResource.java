package org.imroc.tracker.measure.analysis;

import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.measure.breakdown.Breakdown;

/** The breakdowns a measure's figures may be split by (reference data kept with the code; docs/breakdowns.md). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures")
public class BreakdownResource {

    @GET
    @Path("/breakdowns")
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "listBreakdowns",
            summary = "The breakdowns (ethnic category and group, sex, age band) with their NHS codes and labels")
    public Page<BreakdownResponse> list() {
        return new Page<>(
                Arrays.stream(Breakdown.values()).map(BreakdownResponse::of).toList(), null);
    }
}
