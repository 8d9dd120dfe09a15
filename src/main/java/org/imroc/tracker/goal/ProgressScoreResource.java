package org.imroc.tracker.goal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.idempotency.IdempotencyService;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageParams;
import org.imroc.tracker.caller.Role.Names;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/goals/{goalId}/progress-scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
public class ProgressScoreResource {

    private final ProgressScoreService service;
    private final IdempotencyService idempotency;

    public ProgressScoreResource(ProgressScoreService service, IdempotencyService idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD})
    @Operation(operationId = "recordProgressScore", summary = "Rate a goal's progress on the IHI scale (0.5–5.0)")
    @APIResponse(responseCode = "201", description = "Recorded; it is now the goal's latest score",
            content = @Content(schema = @Schema(implementation = ProgressScoreResponse.class)))
    public RestResponse<ProgressScoreResponse> record(@PathParam("goalId") UUID goalId,
            @HeaderParam(IdempotencyService.HEADER) @Parameter(description = "Makes a retry safe", schema = @Schema(maxLength = 255)) String idempotencyKey,
            @Valid @NotNull ProgressScoreRequest request, UriInfo uri) {
        return idempotency.run(idempotencyKey, uri.getPath(), request, ProgressScoreResponse.class, () -> {
            ProgressScoreResponse score = service.record(goalId, request);
            return Responses.created(uri.getAbsolutePathBuilder().path(score.id().toString()).build(), score, 0);
        });
    }

    @GET
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD, Names.INTEGRATION})
    @Operation(operationId = "listProgressScores", summary = "A goal's progress-score history, oldest first")
    public Page<ProgressScoreResponse> history(@PathParam("goalId") UUID goalId,
            @BeanParam PageParams page) {
        return service.history(goalId, page.toRequest());
    }

    @GET
    @Path("/{scoreId}")
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD, Names.INTEGRATION})
    @Operation(operationId = "getProgressScore", summary = "Get one progress score")
    public RestResponse<ProgressScoreResponse> get(@PathParam("goalId") UUID goalId, @PathParam("scoreId") UUID scoreId) {
        return Responses.ok(service.get(goalId, scoreId), 0);
    }
}
