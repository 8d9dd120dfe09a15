package org.imroc.tracker.learningset.monthly;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
@Tag(name = "Learning sets")
public class MonthlyReportResource {

    private final MonthlyReportService service;
    private final Creations creations;

    public MonthlyReportResource(MonthlyReportService service, Creations creations) {
        this.service = service;
        this.creations = creations;
    }

    @POST
    @Path("/learning-sets/{setId}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.WRITE)
    @Operation(
            operationId = "createReport",
            summary = "Start a member Trust's monthly report (a DRAFT); its measure values become observations")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    public RestResponse<ReportResponse> create(
            @PathParam("setId") UUID setId, @BeanParam CreateParams create, @NotNull ReportRequest request) {
        return creations.create(
                create, request, ReportResponse.class, "/api/v1/reports", () -> service.create(setId, request));
    }

    @GET
    @Path("/learning-sets/{setId}/reports")
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "listReports",
            summary = "A set's reports the caller may read; status=DUE lists the "
                    + "months that have ended with no submitted report, to chase")
    public Page<ReportResponse> list(
            @PathParam("setId") UUID setId,
            @QueryParam("status") ReportStatus status,
            @QueryParam("trustId") UUID trustId,
            @QueryParam("period")
                    @Pattern(regexp = "^\\d{4}-(0[1-9]|1[0-2])$")
                    @Parameter(
                            description = "A month, YYYY-MM",
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            maxLength = 7,
                                            pattern = "^\\d{4}-(0[1-9]|1[0-2])$"))
                    String period,
            @BeanParam PageParams page) {
        return service.list(setId, new ReportRepository.Filter(status, trustId, period), page.toRequest());
    }

    @GET
    @Path("/reports/{reportId}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getReport", summary = "Get a monthly report")
    public RestResponse<ReportResponse> get(@PathParam("reportId") UUID reportId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(reportId), ifNoneMatch);
    }

    @PATCH
    @Path("/reports/{reportId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Access.WRITE)
    @Operation(operationId = "updateReport", summary = "Change a DRAFT report (JSON Merge Patch)")
    @RequestBody(
            content =
                    @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ReportUpdate.class)))
    public RestResponse<ReportResponse> update(
            @PathParam("reportId") UUID reportId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(reportId, ifMatch.value(), patch));
    }

    @POST
    @Path("/reports/{reportId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.WRITE)
    @Operation(operationId = "transitionReport", summary = "Submit a report, or take it back to correct it")
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    public RestResponse<ReportResponse> transition(
            @PathParam("reportId") UUID reportId,
            @BeanParam IfMatch ifMatch,
            @NotNull ReportTransitionRequest request) {
        return Responses.ok(service.transition(reportId, ifMatch.value(), request));
    }

    @POST
    @Path("/reports/{reportId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.CONSULT)
    @Operation(
            operationId = "reviewReport",
            summary = "A facilitator's review of a submitted report: feedback and the faculty's score")
    @APIResponse(
            responseCode = "200",
            description = "Reviewed",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    public RestResponse<ReportResponse> review(
            @PathParam("reportId") UUID reportId, @BeanParam IfMatch ifMatch, @NotNull ReportReviewRequest request) {
        return Responses.ok(service.review(reportId, ifMatch.value(), request));
    }
}
