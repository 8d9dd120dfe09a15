package org.imroc.tracker.measure;

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
@Tag(name = "Measures", description = "What a Trust measures to know whether a change is an improvement")
public class MeasureResource {

    private static final MediaType SVG = MediaType.valueOf(SvgRenderer.MEDIA_TYPE);
    private static final MediaType CSV = MediaType.valueOf(CsvWriter.MEDIA_TYPE);

    private final MeasureService service;
    private final MeasureSummaryService summaries;
    private final Creations creations;

    public MeasureResource(MeasureService service, MeasureSummaryService summaries, Creations creations) {
        this.service = service;
        this.summaries = summaries;
        this.creations = creations;
    }

    @POST
    @Path("/trusts/{trustId}/measures")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.WRITE)
    @Operation(
            operationId = "createMeasure",
            summary = "Define a measure for a Trust (from a template, or with every field given)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = MeasureResponse.class)))
    public RestResponse<MeasureResponse> create(
            @PathParam("trustId") UUID trustId, @BeanParam CreateParams create, @NotNull MeasureRequest request) {
        return creations.create(
                create, request, MeasureResponse.class, "/api/v1/measures", () -> service.create(trustId, request));
    }

    @GET
    @Path("/trusts/{trustId}/measures")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listMeasures", summary = "List a Trust's measures, oldest first")
    public Page<MeasureResponse> list(
            @PathParam("trustId") UUID trustId,
            @QueryParam("type") MeasureType type,
            @QueryParam("goalId") UUID goalId,
            @QueryParam("challengeNumber") @Min(1) @Max(10) @Parameter(description = "Challenge number 1–10")
                    Integer challengeNumber,
            @QueryParam("templateCode") @Size(max = 50) @Parameter(description = "Made from this template")
                    String templateCode,
            @BeanParam PageParams page) {
        return service.list(
                trustId, new MeasureRepository.Filter(type, goalId, challengeNumber, templateCode), page.toRequest());
    }

    @GET
    @Path("/trusts/{trustId}/measures/summary")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, SvgRenderer.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "getMeasureSummary",
            summary = "Making Data Count's summary icon table: every measure's latest value, limits and icons "
                    + "(JSON, CSV, or SVG)")
    @APIResponse(
            responseCode = "200",
            description = "The table; the ETag changes only when a figure changes",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = MeasureSummaryTable.class)),
                @Content(mediaType = CsvWriter.MEDIA_TYPE, example = "measureId,name,type,unit,…"),
                @Content(
                        mediaType = SvgRenderer.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 4194304))
            })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current table")
    public Response summary(
            @PathParam("trustId") UUID trustId, @BeanParam IfNoneMatch ifNoneMatch, @Context HttpHeaders headers) {
        MediaType type = Negotiation.preferred(headers, MediaType.APPLICATION_JSON_TYPE, CSV, SVG);
        if (type.equals(CSV)) {
            return Response.ok(summaries.summaryCsv(trustId), CsvWriter.CONTENT_TYPE)
                    .header(HttpHeaders.VARY, "Accept")
                    .build();
        }
        if (type.equals(SVG)) {
            return Responses.tagged(summaries.summarySvg(trustId), ifNoneMatch.value(), SVG);
        }
        return Responses.tagged(summaries.summary(trustId), ifNoneMatch.value());
    }

    @GET
    @Path("/measures/{measureId}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getMeasure", summary = "Get a measure, with the summary of its series")
    public RestResponse<MeasureResponse> get(
            @PathParam("measureId") UUID measureId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(measureId), ifNoneMatch);
    }

    @PATCH
    @Path("/measures/{measureId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Access.WRITE)
    @Operation(
            operationId = "updateMeasure",
            summary = "Change a measure (JSON Merge Patch)",
            description = "The frequency and the ratio form cannot change once periods are recorded (409).")
    @RequestBody(
            content =
                    @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = MeasureUpdate.class)))
    public RestResponse<MeasureResponse> update(
            @PathParam("measureId") UUID measureId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(measureId, ifMatch.value(), patch));
    }

    @DELETE
    @Path("/measures/{measureId}")
    @PermissionsAllowed(Access.WRITE)
    @Operation(operationId = "deleteMeasure", summary = "Delete a measure and its observations")
    @APIResponse(responseCode = "204", description = "Deleted, with its observations")
    public void delete(@PathParam("measureId") UUID measureId, @BeanParam IfMatch ifMatch) {
        service.delete(measureId, ifMatch.value());
    }

    @GET
    @Path("/measure-templates")
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "listMeasureTemplates",
            summary = "The ImROC and NHS measure templates: definition, unit, direction, frequency and ratio form")
    public Page<MeasureTemplateResponse> templates() {
        return new Page<>(service.templates(), null);
    }
}
