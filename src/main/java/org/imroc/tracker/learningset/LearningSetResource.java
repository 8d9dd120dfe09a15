package org.imroc.tracker.learningset;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.net.URI;
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
import org.imroc.tracker.common.csv.CsvWriter;
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
@Tag(
        name = "Learning sets",
        description = "Action Learning Sets, communities of practice and collaboratives: Trusts "
                + "learning together on shared measures")
public class LearningSetResource {

    private static final MediaType CSV = MediaType.valueOf(CsvWriter.MEDIA_TYPE);
    private static final MediaType SVG = MediaType.valueOf(SvgRenderer.MEDIA_TYPE);

    private final LearningSetService service;
    private final ComparisonService comparisons;
    private final Creations creations;

    public LearningSetResource(LearningSetService service, ComparisonService comparisons, Creations creations) {
        this.service = service;
        this.comparisons = comparisons;
        this.creations = creations;
    }

    @POST
    @Path("/learning-sets")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.CONSULT)
    @Operation(
            operationId = "createLearningSet",
            summary = "Set up a learning set (a consultant facilitates the sets they create)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = LearningSetResponse.class)))
    public RestResponse<LearningSetResponse> create(
            @BeanParam CreateParams create, @NotNull LearningSetRequest request) {
        return creations.create(
                create, request, LearningSetResponse.class, "/api/v1/learning-sets", () -> service.create(request));
    }

    @GET
    @Path("/learning-sets")
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "listLearningSets",
            summary = "The sets the caller may see (facilitates, or one of its Trusts belongs to), oldest first")
    public Page<LearningSetResponse> list(
            @QueryParam("status") LearningSetStatus status,
            @QueryParam("kind") LearningSetKind kind,
            @QueryParam("trustId") @Parameter(description = "Sets this Trust is a member of") UUID trustId,
            @QueryParam("challengeNumber") @Min(1) @Max(10) @Parameter(description = "Sets working on this challenge")
                    Integer challengeNumber,
            @BeanParam PageParams page) {
        return service.list(new LearningSetRepository.Filter(status, kind, trustId, challengeNumber), page.toRequest());
    }

    @GET
    @Path("/learning-sets/{setId}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getLearningSet", summary = "Get a learning set")
    public RestResponse<LearningSetResponse> get(@PathParam("setId") UUID setId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(setId), ifNoneMatch);
    }

    @PATCH
    @Path("/learning-sets/{setId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Access.CONSULT)
    @Operation(
            operationId = "updateLearningSet",
            summary = "Change a set (JSON Merge Patch); a template added gives every member its measure")
    @RequestBody(
            description = "Status changes are not patched: use POST /api/v1/learning-sets/{setId}/transitions.",
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = LearningSetUpdate.class)))
    public RestResponse<LearningSetResponse> update(
            @PathParam("setId") UUID setId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(setId, ifMatch.value(), patch));
    }

    @POST
    @Path("/learning-sets/{setId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.CONSULT)
    @Operation(
            operationId = "transitionLearningSet",
            summary = "Change a set's status: it starts meeting, is closed for the record, or starts again")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = LearningSetResponse.class)))
    public RestResponse<LearningSetResponse> transition(
            @PathParam("setId") UUID setId, @BeanParam IfMatch ifMatch, @NotNull LearningSetTransitionRequest request) {
        return Responses.ok(service.transition(setId, ifMatch.value(), request));
    }

    @DELETE
    @Path("/learning-sets/{setId}")
    @PermissionsAllowed(Access.CONSULT)
    @Operation(operationId = "deleteLearningSet", summary = "Delete a set that has held no session and has no report")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "The set has sessions or reports: close it instead",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void delete(@PathParam("setId") UUID setId, @BeanParam IfMatch ifMatch) {
        service.delete(setId, ifMatch.value());
    }

    @GET
    @Path("/learning-sets/{setId}/members")
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "listLearningSetMembers",
            summary = "The member Trusts, named or as their pseudonyms as the caller may see them")
    public MemberPage members(
            @PathParam("setId") UUID setId,
            @QueryParam("includeFormer") @Parameter(description = "Also Trusts that have left") boolean includeFormer) {
        return new MemberPage(service.members(setId, includeFormer));
    }

    @POST
    @Path("/learning-sets/{setId}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.CONSULT)
    @Operation(
            operationId = "addLearningSetMember",
            summary = "A Trust joins: it gets (or keeps) a measure of every template the set shares")
    @APIResponse(
            responseCode = "201",
            description = "Joined",
            content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already a member (a retry is safe)",
            content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public RestResponse<MemberResponse> join(@PathParam("setId") UUID setId, @NotNull MemberRequest request) {
        LearningSetService.Joined joined = service.join(setId, request);
        if (!joined.joined()) {
            return RestResponse.ok(joined.member());
        }
        return RestResponse.ResponseBuilder.<MemberResponse>created(
                        URI.create("/api/v1/learning-sets/" + setId + "/members/" + request.trustId()))
                .entity(joined.member())
                .build();
    }

    @DELETE
    @Path("/learning-sets/{setId}/members/{trustId}")
    @PermissionsAllowed(Access.CONSULT)
    @Operation(
            operationId = "removeLearningSetMember",
            summary = "The Trust leaves the set (its reports and pseudonym are kept)")
    @APIResponse(responseCode = "204", description = "Left")
    public void leave(@PathParam("setId") UUID setId, @PathParam("trustId") UUID trustId) {
        service.leave(setId, trustId);
    }

    @GET
    @Path("/learning-sets/{setId}/comparison")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, SvgRenderer.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "getLearningSetComparison",
            summary = "The members side by side on one shared measure (JSON, CSV, or SVG small multiples); other "
                    + "members' Trusts appear as stable pseudonyms")
    @APIResponse(
            responseCode = "200",
            description = "The comparison",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ComparisonResponse.class)),
                @Content(
                        mediaType = CsvWriter.MEDIA_TYPE,
                        example = "label,trustId,latestPeriod,…,breakdown,code,partLabel,numerator,denominator,rate"),
                @Content(
                        mediaType = SvgRenderer.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 4194304))
            })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current comparison")
    public Response comparison(
            @PathParam("setId") UUID setId,
            @QueryParam("templateCode")
                    @NotNull
                    @Size(max = 50)
                    @Parameter(description = "One of the set's measureTemplateCodes", required = true)
                    String templateCode,
            @QueryParam("breakdown")
                    @Size(max = 20)
                    @Parameter(
                            description = "The breakdown each member's latest parts are split by (JSON and CSV), e.g. "
                                    + "ETHNIC_GROUP; default the first the members' measures have")
                    String breakdown,
            @BeanParam IfNoneMatch ifNoneMatch,
            @Context HttpHeaders headers) {
        MediaType type = Negotiation.preferred(headers, MediaType.APPLICATION_JSON_TYPE, CSV, SVG);
        if (type.equals(CSV)) {
            return Response.ok(comparisons.comparisonCsv(setId, templateCode, breakdown), CsvWriter.CONTENT_TYPE)
                    .header(HttpHeaders.VARY, "Accept")
                    .build();
        }
        if (type.equals(SVG)) {
            return Responses.tagged(comparisons.comparisonSvg(setId, templateCode), ifNoneMatch.value(), SVG);
        }
        return Responses.tagged(comparisons.comparison(setId, templateCode, breakdown), ifNoneMatch.value());
    }
}
