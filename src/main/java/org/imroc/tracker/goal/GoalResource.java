package org.imroc.tracker.goal;

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
@Tag(name = "Goals", description = "A Trust's agreed aims, one challenge each")
public class GoalResource {

    static final String UNIT_FILTER = "Only those on this unit (with includeSubunits, on it or any unit below it); "
            + "a unit of another Trust, or unknown, matches nothing";
    static final String SUBUNITS_FILTER = "With unitId: also those on every unit below it";

    private final GoalService service;
    private final Creations creations;

    public GoalResource(GoalService service, Creations creations) {
        this.service = service;
        this.creations = creations;
    }

    @POST
    @Path("/trusts/{trustId}/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "createGoal", summary = "Agree a goal for a Trust")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    public RestResponse<GoalResponse> create(
            @PathParam("trustId") UUID trustId, @BeanParam CreateParams create, @NotNull GoalRequest request) {
        return creations.create(
                create, request, GoalResponse.class, "/api/v1/goals", () -> service.create(trustId, request));
    }

    @GET
    @Path("/trusts/{trustId}/goals")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listGoals", summary = "List a Trust's goals, oldest first")
    public Page<GoalResponse> list(
            @PathParam("trustId") UUID trustId,
            @QueryParam("challenge") @Min(1) @Max(10) @Parameter(description = "Challenge number 1–10")
                    Integer challenge,
            @QueryParam("status") GoalStatus status,
            @QueryParam("unitId") @Parameter(description = UNIT_FILTER) UUID unitId,
            @QueryParam("includeSubunits") @DefaultValue("false") @Parameter(description = SUBUNITS_FILTER)
                    boolean includeSubunits,
            @BeanParam PageParams page) {
        return service.list(trustId, challenge, status, unitId, includeSubunits, page.toRequest());
    }

    @GET
    @Path("/goals/{goalId}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getGoal", summary = "Get a goal")
    public RestResponse<GoalResponse> get(@PathParam("goalId") UUID goalId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(goalId), ifNoneMatch);
    }

    @PATCH
    @Path("/goals/{goalId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "updateGoal", summary = "Change a goal (JSON Merge Patch)")
    @RequestBody(
            description = "Status changes are not patched: use POST /api/v1/goals/{goalId}/transitions.",
            content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = GoalUpdate.class)))
    public RestResponse<GoalResponse> update(
            @PathParam("goalId") UUID goalId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(goalId, ifMatch.value(), patch));
    }

    @POST
    @Path("/goals/{goalId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "transitionGoal", summary = "Change a goal's status: reached, given up, or taken up again")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    public RestResponse<GoalResponse> transition(
            @PathParam("goalId") UUID goalId, @BeanParam IfMatch ifMatch, @NotNull GoalTransitionRequest request) {
        return Responses.ok(service.transition(goalId, ifMatch.value(), request));
    }

    @DELETE
    @Path("/goals/{goalId}")
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "deleteGoal", summary = "Delete a goal that has no cycles, actions or measures")
    @APIResponse(responseCode = "204", description = "Deleted, with its progress scores")
    @APIResponse(
            responseCode = "409",
            description = "The goal has cycles, actions or measures",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void delete(@PathParam("goalId") UUID goalId, @BeanParam IfMatch ifMatch) {
        service.delete(goalId, ifMatch.value());
    }
}
