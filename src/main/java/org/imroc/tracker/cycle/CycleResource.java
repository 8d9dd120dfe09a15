package org.imroc.tracker.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.http.CreateParams;
import org.imroc.tracker.common.http.Creations;
import org.imroc.tracker.common.http.IfMatch;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PDSA cycles", description = "Plan-Do-Study-Act tests of change towards a goal")
public class CycleResource {

    static final String UNIT_FILTER = "Only those on this unit (with includeSubunits, on it or any unit below it); "
            + "a unit of another Trust, or unknown, matches nothing";
    static final String SUBUNITS_FILTER = "With unitId: also those on every unit below it";

    private final CycleService service;
    private final Creations creations;

    public CycleResource(CycleService service, Creations creations) {
        this.service = service;
        this.creations = creations;
    }

    @POST
    @Path("/goals/{goalId}/cycles")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "createCycle", summary = "Plan a new PDSA cycle for a goal (starts in PLAN)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CycleResponse.class)))
    public RestResponse<CycleResponse> create(
            @PathParam("goalId") UUID goalId, @BeanParam CreateParams create, @NotNull CycleRequest request) {
        return creations.create(
                create, request, CycleResponse.class, "/api/v1/cycles", () -> service.create(goalId, request));
    }

    @GET
    @Path("/goals/{goalId}/cycles")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listGoalCycles", summary = "List a goal's cycles, oldest first")
    public Page<CycleResponse> listForGoal(@PathParam("goalId") UUID goalId, @BeanParam PageParams page) {
        return service.listForGoal(goalId, page.toRequest());
    }

    @GET
    @Path("/trusts/{trustId}/cycles")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listTrustCycles", summary = "List a Trust's cycles, oldest first")
    public Page<CycleResponse> listForTrust(
            @PathParam("trustId") UUID trustId,
            @QueryParam("phase") CyclePhase phase,
            @QueryParam("challenge")
                    @Min(1)
                    @Max(10)
                    @Parameter(description = "Challenge number 1–10 (of the cycle's goal)")
                    Integer challenge,
            @QueryParam("goalId") UUID goalId,
            @QueryParam("unitId") @Parameter(description = UNIT_FILTER) UUID unitId,
            @QueryParam("includeSubunits") @DefaultValue("false") @Parameter(description = SUBUNITS_FILTER)
                    boolean includeSubunits,
            @BeanParam PageParams page) {
        return service.listForTrust(trustId, phase, challenge, goalId, unitId, includeSubunits, page.toRequest());
    }

    @GET
    @Path("/cycles/{cycleId}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getCycle", summary = "Get a cycle with its plan and Do record")
    public RestResponse<CycleResponse> get(@PathParam("cycleId") UUID cycleId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(cycleId), ifNoneMatch);
    }

    @PATCH
    @Path("/cycles/{cycleId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "updateCycle", summary = "Change a cycle: the plan in PLAN, the Do record in DO")
    @RequestBody(
            description =
                    "The plan (changeIdea, purpose, plan) changes only in PLAN and the do record only in DO; otherwise 409.",
            content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = CycleUpdate.class)))
    public RestResponse<CycleResponse> update(
            @PathParam("cycleId") UUID cycleId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(cycleId, ifMatch.value(), patch));
    }

    @POST
    @Path("/cycles/{cycleId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(
            operationId = "transitionCycle",
            summary = "Move a cycle: PLAN → DO → STUDY, or cancel it from PLAN or DO (409 says what is missing)")
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = CycleResponse.class)))
    public RestResponse<CycleResponse> transition(
            @PathParam("cycleId") UUID cycleId, @BeanParam IfMatch ifMatch, @NotNull TransitionRequest request) {
        return Responses.ok(service.transition(cycleId, ifMatch.value(), request));
    }

    @DELETE
    @Path("/cycles/{cycleId}")
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "deleteCycle", summary = "Delete a cycle that has no review, actions or follow-up cycle")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Other records refer to the cycle",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void delete(@PathParam("cycleId") UUID cycleId, @BeanParam IfMatch ifMatch) {
        service.delete(cycleId, ifMatch.value());
    }
}
