package org.imroc.tracker.measure;

import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.Responses;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures")
public class MeasureAnalysisResource {

    private final MeasureAnalysisService service;

    public MeasureAnalysisResource(MeasureAnalysisService service) {
        this.service = service;
    }

    @GET
    @Path("/measures/{measureId}/spc")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getMeasureSpc",
            summary = "The measure's XmR chart as NHS Making Data Count reads it (NHSRplotthedots' rules)")
    @APIResponse(responseCode = "200", description = "The chart; the ETag changes only when a figure changes",
            content = @Content(schema = @Schema(implementation = SpcResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current chart")
    public Response spc(@PathParam("measureId") UUID measureId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.tagged(service.spc(measureId), ifNoneMatch.value());
    }

    @GET
    @Path("/measures/{measureId}/run-chart")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getMeasureRunChart", summary = "The measure's run chart by the IHI rules")
    @APIResponse(responseCode = "200", description = "The chart; the ETag changes only when a figure changes",
            content = @Content(schema = @Schema(implementation = RunChartResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current chart")
    public Response runChart(@PathParam("measureId") UUID measureId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.tagged(service.runChart(measureId), ifNoneMatch.value());
    }
}
