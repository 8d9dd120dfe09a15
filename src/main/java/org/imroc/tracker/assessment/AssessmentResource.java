package org.imroc.tracker.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.imroc.tracker.common.http.Negotiation;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageParams;
import org.imroc.tracker.common.svg.SvgRenderer;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Self, consultant and joint assessments against the 10 challenges")
public class AssessmentResource {

    private static final MediaType SVG = MediaType.valueOf(SvgRenderer.MEDIA_TYPE);

    private final AssessmentService service;
    private final ChallengeProfileService profiles;
    private final TripService trips;
    private final Creations creations;

    public AssessmentResource(
            AssessmentService service, ChallengeProfileService profiles, TripService trips, Creations creations) {
        this.service = service;
        this.profiles = profiles;
        this.trips = trips;
        this.creations = creations;
    }

    @POST
    @Path("/trusts/{trustId}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "createAssessment", summary = "Record a draft assessment of a Trust")
    @APIResponse(
            responseCode = "201",
            description = "Created (DRAFT)",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    public RestResponse<AssessmentResponse> create(
            @PathParam("trustId") UUID trustId, @BeanParam CreateParams create, @NotNull AssessmentRequest request) {
        return creations.create(
                create,
                request,
                AssessmentResponse.class,
                "/api/v1/assessments",
                () -> service.create(trustId, request));
    }

    @GET
    @Path("/trusts/{trustId}/assessments")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listAssessments", summary = "List a Trust's assessments, oldest first")
    public Page<AssessmentResponse> list(
            @PathParam("trustId") UUID trustId,
            @QueryParam("kind") AssessmentKind kind,
            @QueryParam("context") AssessmentContext context,
            @QueryParam("status") AssessmentStatus status,
            @QueryParam("unitId") @Parameter(description = "Only this unit's TRIP assessments") UUID unitId,
            @QueryParam("from") @Parameter(description = "Assessed on or after (YYYY-MM-DD)") LocalDate from,
            @QueryParam("to") @Parameter(description = "Assessed on or before (YYYY-MM-DD)") LocalDate to,
            @BeanParam PageParams page) {
        return service.list(trustId, kind, context, status, unitId, from, to, page.toRequest());
    }

    @GET
    @Path("/assessments/{assessmentId}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getAssessment", summary = "Get an assessment with its ratings")
    public RestResponse<AssessmentResponse> get(
            @PathParam("assessmentId") UUID assessmentId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(assessmentId), ifNoneMatch);
    }

    @PATCH
    @Path("/assessments/{assessmentId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(
            operationId = "updateAssessment",
            summary = "Change a draft assessment (JSON Merge Patch); agreed ones are read-only")
    @RequestBody(
            description =
                    "Drafts only (an agreed assessment is read-only, 409); ratings, when sent, replace all ratings.",
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = AssessmentRequest.class)))
    public RestResponse<AssessmentResponse> update(
            @PathParam("assessmentId") UUID assessmentId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(assessmentId, ifMatch.value(), patch));
    }

    @POST
    @Path("/assessments/{assessmentId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(
            operationId = "transitionAssessment",
            summary =
                    "Agree an assessment: all 10 challenges rated, distinct priorities, one agreed baseline per Trust")
    @APIResponse(
            responseCode = "200",
            description = "Agreed",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    public RestResponse<AssessmentResponse> transition(
            @PathParam("assessmentId") UUID assessmentId,
            @BeanParam IfMatch ifMatch,
            @NotNull AssessmentTransitionRequest request) {
        return Responses.ok(service.transition(assessmentId, ifMatch.value(), request));
    }

    @DELETE
    @Path("/assessments/{assessmentId}")
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "deleteAssessment", summary = "Delete a draft assessment")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("assessmentId") UUID assessmentId, @BeanParam IfMatch ifMatch) {
        service.delete(assessmentId, ifMatch.value());
    }

    @GET
    @Path("/trusts/{trustId}/challenge-profile")
    @Produces({MediaType.APPLICATION_JSON, SvgRenderer.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "getChallengeProfile",
            summary = "A Trust's stage on each challenge: baseline, current, change and history (agreed assessments), "
                    + "as JSON or drawn as SVG")
    @APIResponse(
            responseCode = "200",
            description = "The profile; the ETag changes only when it does",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ChallengeProfileResponse.class)),
                @Content(
                        mediaType = SvgRenderer.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 1048576))
            })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current profile")
    public Response profile(
            @PathParam("trustId") UUID trustId, @BeanParam IfNoneMatch ifNoneMatch, @Context HttpHeaders headers) {
        if (Negotiation.prefers(headers, SVG, MediaType.APPLICATION_JSON_TYPE, SVG)) {
            return Responses.tagged(profiles.svg(trustId), ifNoneMatch.value(), SVG);
        }
        return Responses.tagged(profiles.tagged(trustId), ifNoneMatch.value());
    }

    @GET
    @Path("/units/{unitId}/challenge-profile")
    @Produces({MediaType.APPLICATION_JSON, SvgRenderer.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "getUnitChallengeProfile",
            summary = "A team's own stage on each challenge, from its agreed TRIP assessments (those with its unitId), "
                    + "as JSON or drawn as SVG")
    @APIResponse(
            responseCode = "200",
            description = "The unit's profile; the ETag changes only when it does",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ChallengeProfileResponse.class)),
                @Content(
                        mediaType = SvgRenderer.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 1048576))
            })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current profile")
    public Response unitProfile(
            @PathParam("unitId") UUID unitId, @BeanParam IfNoneMatch ifNoneMatch, @Context HttpHeaders headers) {
        if (Negotiation.prefers(headers, SVG, MediaType.APPLICATION_JSON_TYPE, SVG)) {
            return Responses.tagged(trips.profileSvg(unitId), ifNoneMatch.value(), SVG);
        }
        return Responses.tagged(trips.profile(unitId), ifNoneMatch.value());
    }

    @GET
    @Path("/trusts/{trustId}/trip-coverage")
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "getTripCoverage",
            summary = "How many of the Trust's open teams have a current TRIP (agreed in the last 12 months), and per "
                    + "challenge how many teams it puts at each stage")
    @APIResponse(
            responseCode = "200",
            description = "The coverage",
            content = @Content(schema = @Schema(implementation = TripCoverageResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current figures")
    public Response tripCoverage(@PathParam("trustId") UUID trustId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.tagged(trips.coverage(trustId), ifNoneMatch.value());
    }
}
