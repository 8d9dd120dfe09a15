package org.imroc.tracker.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.idempotency.IdempotencyService;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageParams;
import org.imroc.tracker.caller.Role.Names;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PDSA cycles", description = "Plan-Do-Study-Act tests of change towards a goal")
public class CycleResource {

    private final CycleService service;
    private final IdempotencyService idempotency;

    public CycleResource(CycleService service, IdempotencyService idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/goals/{goalId}/cycles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD})
    @Operation(operationId = "createCycle", summary = "Plan a new PDSA cycle for a goal (starts in PLAN)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CycleResponse.class)))
    public RestResponse<CycleResponse> create(@PathParam("goalId") UUID goalId,
            @HeaderParam(IdempotencyService.HEADER) @Parameter(description = "Makes a retry safe", schema = @Schema(maxLength = 255)) String idempotencyKey,
            @Valid @NotNull CycleRequest request, UriInfo uri) {
        return idempotency.run(idempotencyKey, uri.getPath(), request, CycleResponse.class, () -> {
            CycleResponse cycle = service.create(goalId, request);
            return Responses.created(uri.getBaseUriBuilder().path("api/v1/cycles").path(cycle.id().toString()).build(),
                    cycle, cycle.version());
        });
    }

    @GET
    @Path("/goals/{goalId}/cycles")
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD, Names.INTEGRATION})
    @Operation(operationId = "listGoalCycles", summary = "List a goal's cycles, oldest first")
    public Page<CycleResponse> listForGoal(@PathParam("goalId") UUID goalId,
            @BeanParam PageParams page) {
        return service.listForGoal(goalId, page.toRequest());
    }

    @GET
    @Path("/trusts/{trustId}/cycles")
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD, Names.INTEGRATION})
    @Operation(operationId = "listTrustCycles", summary = "List a Trust's cycles, oldest first")
    public Page<CycleResponse> listForTrust(@PathParam("trustId") UUID trustId,
            @QueryParam("phase") CyclePhase phase,
            @QueryParam("challenge") @Parameter(description = "Challenge number 1–10 (of the cycle's goal)") Integer challenge,
            @QueryParam("goalId") UUID goalId,
            @BeanParam PageParams page) {
        return service.listForTrust(trustId, phase, challenge, goalId, page.toRequest());
    }

    @GET
    @Path("/cycles/{cycleId}")
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD, Names.INTEGRATION})
    @Operation(operationId = "getCycle", summary = "Get a cycle with its plan and Do record")
    public RestResponse<CycleResponse> get(@PathParam("cycleId") UUID cycleId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        CycleResponse cycle = service.get(cycleId);
        return Responses.okUnlessNotModified(cycle, cycle.version(), ifNoneMatch);
    }

    @PATCH
    @Path("/cycles/{cycleId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD})
    @Operation(operationId = "updateCycle", summary = "Change a cycle: the plan in PLAN, the Do record in DO")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = CyclePatch.class)))
    public RestResponse<CycleResponse> update(@PathParam("cycleId") UUID cycleId,
            @HeaderParam("If-Match") @Parameter(required = true, description = "ETag of the version being changed") String ifMatch,
            JsonNode patch) {
        CycleResponse cycle = service.update(cycleId, ifMatch, patch);
        return Responses.ok(cycle, cycle.version());
    }

    @POST
    @Path("/cycles/{cycleId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD})
    @Operation(operationId = "transitionCycle",
            summary = "Move a cycle: PLAN → DO → STUDY, or cancel it from PLAN or DO (409 says what is missing)")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(schema = @Schema(implementation = CycleResponse.class)))
    public RestResponse<CycleResponse> transition(@PathParam("cycleId") UUID cycleId,
            @HeaderParam("If-Match") @Parameter(required = true, description = "ETag of the cycle") String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        CycleResponse cycle = service.transition(cycleId, ifMatch, request);
        return Responses.ok(cycle, cycle.version());
    }

    @DELETE
    @Path("/cycles/{cycleId}")
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD})
    @Operation(operationId = "deleteCycle", summary = "Delete a cycle that has no review, actions or follow-up cycle")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Other records refer to the cycle",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void delete(@PathParam("cycleId") UUID cycleId,
            @HeaderParam("If-Match") @Parameter(required = true, description = "ETag of the version being deleted") String ifMatch) {
        service.delete(cycleId, ifMatch);
    }
}
