package org.imroc.tracker.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.http.IfMatch;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "The Study and Act of a PDSA cycle")
public class CycleReviewResource {

    private final CycleReviewService service;

    public CycleReviewResource(CycleReviewService service) {
        this.service = service;
    }

    @POST
    @Path("/cycles/{cycleId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(
            operationId = "recordReview",
            summary = "Review a cycle in STUDY: moves it to ACT; ADAPT also plans the next cycle")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = ReviewResponse.class)))
    public RestResponse<ReviewResponse> record(
            @PathParam("cycleId") UUID cycleId,
            @BeanParam IfMatch ifMatch,
            @NotNull ReviewRequest request,
            UriInfo uri) {
        ReviewResponse review = service.record(cycleId, ifMatch.value(), request);
        return Responses.created(uri.getAbsolutePath(), review, review.version());
    }

    @GET
    @Path("/cycles/{cycleId}/review")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getReview", summary = "Get a cycle's review")
    public RestResponse<ReviewResponse> get(@PathParam("cycleId") UUID cycleId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(cycleId), ifNoneMatch);
    }

    @PATCH
    @Path("/cycles/{cycleId}/review")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "updateReview", summary = "Correct a review (JSON Merge Patch; the decision is fixed)")
    @RequestBody(
            description = "The decision cannot change (409): record a new cycle instead.",
            content =
                    @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ReviewRequest.class)))
    public RestResponse<ReviewResponse> update(
            @PathParam("cycleId") UUID cycleId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(cycleId, ifMatch.value(), patch));
    }

    @GET
    @Path("/trusts/{trustId}/reviews")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listTrustReviews", summary = "List a Trust's cycle reviews, oldest first")
    public Page<ReviewResponse> list(
            @PathParam("trustId") UUID trustId,
            @QueryParam("decision") ReviewDecision decision,
            @QueryParam("from") @Parameter(description = "Reviewed on or after (YYYY-MM-DD)") LocalDate from,
            @QueryParam("to") @Parameter(description = "Reviewed on or before (YYYY-MM-DD)") LocalDate to,
            @BeanParam PageParams page) {
        return service.list(trustId, decision, from, to, page.toRequest());
    }
}
