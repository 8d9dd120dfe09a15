package org.imroc.tracker.measure.rebase;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.http.CreateParams;
import org.imroc.tracker.common.http.Creations;
import org.imroc.tracker.common.http.IfMatch;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures")
public class MeasureRebaseResource {

    /** As the observations' period parameter, so the contract states it once. */
    private static final String PERIOD = "The period: YYYY-MM (monthly), YYYY-Www (weekly, ISO) or YYYY-Qn (quarterly)";

    private final MeasureRebaseService service;
    private final Creations creations;

    public MeasureRebaseResource(MeasureRebaseService service, Creations creations) {
        this.service = service;
        this.creations = creations;
    }

    @POST
    @Path("/measures/{measureId}/rebases")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(
            operationId = "createMeasureRebase",
            summary = "Recalculate the measure's limits from a period on, saying why (a rebase)",
            description = "The first point at or after the period starts a new set of limits on every chart of the "
                    + "measure (its Trust's series, its units' and its groups'), annotated \"Limits recalculated: "
                    + "<reason> (PDSA n: title)\". Accepts a suggestedRebases entry of GET …/spc, or any period after "
                    + "the series' first. Who may record the measure's observations may rebase it; a unit lead may "
                    + "not (a rebase is the Trust's). At most 100 per measure.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = MeasureRebaseResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "The measure already has a rebase at that period",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "422",
            description = "A field is invalid: the period is not one of the measure's frequency or is not after the "
                    + "series' first period, the reason is missing or blank, the cycle is not one of the measure's "
                    + "goal, or the measure already has 100 rebases",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<MeasureRebaseResponse> create(
            @PathParam("measureId") UUID measureId,
            @BeanParam CreateParams create,
            @NotNull MeasureRebaseRequest request) {
        return creations.record(create, request, MeasureRebaseResponse.class, () -> {
            MeasureRebaseResponse body = service.create(measureId, request);
            return Responses.created(
                    URI.create("/api/v1/measures/" + measureId + "/rebases/" + body.period()), body, body.version());
        });
    }

    @GET
    @Path("/measures/{measureId}/rebases")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listMeasureRebases", summary = "A measure's rebases in period order")
    public Page<MeasureRebaseResponse> list(@PathParam("measureId") UUID measureId, @BeanParam PageParams page) {
        return service.list(measureId, page.toRequest());
    }

    @GET
    @Path("/measures/{measureId}/rebases/{period}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getMeasureRebase", summary = "Get one rebase (its ETag is for removing it)")
    public RestResponse<MeasureRebaseResponse> get(
            @PathParam("measureId") UUID measureId,
            @PathParam("period") @Size(max = 8) @Parameter(description = PERIOD) String period,
            @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(measureId, period), ifNoneMatch);
    }

    @DELETE
    @Path("/measures/{measureId}/rebases/{period}")
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(
            operationId = "deleteMeasureRebase",
            summary = "Remove a rebase: the limits run on across its period again")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(
            @PathParam("measureId") UUID measureId,
            @PathParam("period") @Size(max = 8) @Parameter(description = PERIOD) String period,
            @BeanParam IfMatch ifMatch) {
        service.delete(measureId, period, ifMatch.value());
    }
}
