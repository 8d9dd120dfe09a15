package org.imroc.tracker.assessment;

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
import java.time.LocalDate;
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
@Tag(name = "Assessments", description = "Self, consultant and joint assessments against the 10 challenges")
public class AssessmentResource {

    private final AssessmentService service;
    private final ChallengeProfileService profiles;
    private final IdempotencyService idempotency;

    public AssessmentResource(AssessmentService service, ChallengeProfileService profiles,
            IdempotencyService idempotency) {
        this.service = service;
        this.profiles = profiles;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/trusts/{trustId}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD})
    @Operation(operationId = "createAssessment", summary = "Record a draft assessment of a Trust")
    @APIResponse(responseCode = "201", description = "Created (DRAFT)",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    public RestResponse<AssessmentResponse> create(@PathParam("trustId") UUID trustId,
            @HeaderParam(IdempotencyService.HEADER) @Parameter(description = "Makes a retry safe", schema = @Schema(maxLength = 255)) String idempotencyKey,
            @Valid @NotNull AssessmentRequest request, UriInfo uri) {
        return idempotency.run(idempotencyKey, uri.getPath(), request, AssessmentResponse.class, () -> {
            AssessmentResponse assessment = service.create(trustId, request);
            return Responses.created(uri.getBaseUriBuilder().path("api/v1/assessments")
                    .path(assessment.id().toString()).build(), assessment, assessment.version());
        });
    }

    @GET
    @Path("/trusts/{trustId}/assessments")
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD, Names.INTEGRATION})
    @Operation(operationId = "listAssessments", summary = "List a Trust's assessments, oldest first")
    public Page<AssessmentResponse> list(@PathParam("trustId") UUID trustId,
            @QueryParam("kind") AssessmentKind kind, @QueryParam("context") AssessmentContext context,
            @QueryParam("status") AssessmentStatus status,
            @QueryParam("from") @Parameter(description = "Assessed on or after (YYYY-MM-DD)") LocalDate from,
            @QueryParam("to") @Parameter(description = "Assessed on or before (YYYY-MM-DD)") LocalDate to,
            @BeanParam PageParams page) {
        return service.list(trustId, kind, context, status, from, to, page.toRequest());
    }

    @GET
    @Path("/assessments/{assessmentId}")
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD, Names.INTEGRATION})
    @Operation(operationId = "getAssessment", summary = "Get an assessment with its ratings")
    public RestResponse<AssessmentResponse> get(@PathParam("assessmentId") UUID assessmentId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        AssessmentResponse assessment = service.get(assessmentId);
        return Responses.okUnlessNotModified(assessment, assessment.version(), ifNoneMatch);
    }

    @PATCH
    @Path("/assessments/{assessmentId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD})
    @Operation(operationId = "updateAssessment", summary = "Change a draft assessment (JSON Merge Patch); agreed ones are read-only")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = AssessmentPatch.class)))
    public RestResponse<AssessmentResponse> update(@PathParam("assessmentId") UUID assessmentId,
            @HeaderParam("If-Match") @Parameter(required = true, description = "ETag of the version being changed") String ifMatch,
            JsonNode patch) {
        AssessmentResponse assessment = service.update(assessmentId, ifMatch, patch);
        return Responses.ok(assessment, assessment.version());
    }

    @POST
    @Path("/assessments/{assessmentId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD})
    @Operation(operationId = "transitionAssessment",
            summary = "Agree an assessment: all 10 challenges rated, distinct priorities, one agreed baseline per Trust")
    @APIResponse(responseCode = "200", description = "Agreed",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    public RestResponse<AssessmentResponse> transition(@PathParam("assessmentId") UUID assessmentId,
            @HeaderParam("If-Match") @Parameter(required = true, description = "ETag of the assessment") String ifMatch,
            @Valid @NotNull AssessmentTransitionRequest request) {
        AssessmentResponse assessment = service.transition(assessmentId, ifMatch, request);
        return Responses.ok(assessment, assessment.version());
    }

    @DELETE
    @Path("/assessments/{assessmentId}")
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD})
    @Operation(operationId = "deleteAssessment", summary = "Delete a draft assessment")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("assessmentId") UUID assessmentId,
            @HeaderParam("If-Match") @Parameter(required = true, description = "ETag of the version being deleted") String ifMatch) {
        service.delete(assessmentId, ifMatch);
    }

    @GET
    @Path("/trusts/{trustId}/challenge-profile")
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD, Names.INTEGRATION})
    @Operation(operationId = "getChallengeProfile",
            summary = "A Trust's stage on each challenge: baseline, current, change and history (agreed assessments)")
    public ChallengeProfileResponse profile(@PathParam("trustId") UUID trustId) {
        return profiles.profile(trustId);
    }
}
