package org.imroc.tracker.rollup;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.csv.CsvNegotiation;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.paging.PageParams;
import org.imroc.tracker.trust.TrustStatus;

@Path("/api/v1")
@Tag(name = "Progress", description = "Roll-ups for dashboards, reports and spreadsheets")
public class RollupResource {

    private final RollupService service;

    public RollupResource(RollupService service) {
        this.service = service;
    }

    @GET
    @Path("/trusts/{trustId}/progress")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "getTrustProgress",
            summary =
                    "A Trust's progress: stages per challenge, goals, cycles, reviews, actions and visits (JSON or CSV)")
    @APIResponse(
            responseCode = "200",
            description = "The figures; the ETag changes only when a figure changes",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = TrustProgressResponse.class)),
                @Content(mediaType = CsvWriter.MEDIA_TYPE, example = "section,key,value")
            })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current figures")
    public Response trust(
            @PathParam("trustId") UUID trustId, @BeanParam IfNoneMatch ifNoneMatch, @Context HttpHeaders headers) {
        if (CsvNegotiation.wantsCsv(headers)) {
            return Response.ok(service.trustCsv(trustId), CsvWriter.CONTENT_TYPE)
                    .build();
        }
        return Responses.tagged(service.trust(trustId), ifNoneMatch.value());
    }

    @GET
    @Path("/progress")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "getProgrammeProgress",
            summary = "Headline figures for every Trust the caller may see, one row each (JSON pages or one CSV)")
    @APIResponse(
            responseCode = "200",
            description = "The rows; the ETag changes only when a figure changes",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ProgrammePage.class)),
                @Content(mediaType = CsvWriter.MEDIA_TYPE, example = "trustId,name,odsCode,status,region,…")
            })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current figures")
    public Response programme(
            @QueryParam("status") TrustStatus status,
            @QueryParam("region") @Size(max = 100) @Parameter(description = "Region, case-insensitive") String region,
            @BeanParam PageParams page,
            @BeanParam IfNoneMatch ifNoneMatch,
            @Context HttpHeaders headers) {
        if (CsvNegotiation.wantsCsv(headers)) {
            return Response.ok(service.programmeCsv(status, region), CsvWriter.CONTENT_TYPE)
                    .build();
        }
        return Responses.tagged(service.programme(status, region, page.toRequest()), ifNoneMatch.value());
    }
}
