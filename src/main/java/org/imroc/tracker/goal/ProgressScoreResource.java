package org.imroc.tracker.goal;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.http.CreateParams;
import org.imroc.tracker.common.http.Creations;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/goals/{goalId}/progress-scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
public class ProgressScoreResource {

    private final ProgressScoreService service;
    private final Creations creations;

    public ProgressScoreResource(ProgressScoreService service, Creations creations) {
        this.service = service;
        this.creations = creations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "recordProgressScore", summary = "Rate a goal's progress on the IHI scale (0.5–5.0)")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; it is now the goal's latest score",
            content = @Content(schema = @Schema(implementation = ProgressScoreResponse.class)))
    public RestResponse<ProgressScoreResponse> record(
            @PathParam("goalId") UUID goalId, @BeanParam CreateParams create, @NotNull ProgressScoreRequest request) {
        return creations.create(
                create,
                request,
                ProgressScoreResponse.class,
                "/api/v1/goals/" + goalId + "/progress-scores",
                () -> service.record(goalId, request));
    }

    @GET
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listProgressScores", summary = "A goal's progress-score history, oldest first")
    public Page<ProgressScoreResponse> history(@PathParam("goalId") UUID goalId, @BeanParam PageParams page) {
        return service.history(goalId, page.toRequest());
    }

    @GET
    @Path("/{scoreId}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getProgressScore", summary = "Get one progress score")
    public RestResponse<ProgressScoreResponse> get(
            @PathParam("goalId") UUID goalId, @PathParam("scoreId") UUID scoreId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(goalId, scoreId), ifNoneMatch);
    }
}
