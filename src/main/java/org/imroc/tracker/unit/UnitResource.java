package org.imroc.tracker.unit;

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
import org.imroc.tracker.common.csv.CsvNegotiation;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.http.CreateParams;
import org.imroc.tracker.common.http.Creations;
import org.imroc.tracker.common.http.IfMatch;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "A Trust's sites, services, wards and teams, where improvement is done")
public class UnitResource {

    private final UnitService service;
    private final Creations creations;

    public UnitResource(UnitService service, Creations creations) {
        this.service = service;
        this.creations = creations;
    }

    @POST
    @Path("/trusts/{trustId}/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.WRITE)
    @Operation(
            operationId = "createUnit",
            summary = "Add a site, service, ward or team to a Trust (JSON), or many at once (CSV, all or nothing)",
            description = "As CSV: name,kind,parent,odsSiteCode,beds[,openedOn], a row per unit, the parent named by "
                    + "its name (an open unit of the Trust or another row of the file, in any order) or its id; "
                    + "every problem names its row, and nothing is created unless every row is valid. At most "
                    + UnitCsv.MAX_ROWS + " rows.")
    @RequestBody(
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitRequest.class)),
                @Content(
                        mediaType = CsvWriter.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 262144),
                        example = UnitCsv.EXAMPLE)
            })
    @APIResponse(
            responseCode = "201",
            description = "Created (from CSV: every unit of the file, as a UnitBatchResponse)",
            content = @Content(schema = @Schema(oneOf = {UnitResponse.class, UnitBatchResponse.class})))
    @APIResponse(
            responseCode = "409",
            description = "An open unit of the Trust already has the name",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<UnitResponse> create(
            @PathParam("trustId") UUID trustId, @BeanParam CreateParams create, @NotNull UnitRequest request) {
        return creations.create(
                create, request, UnitResponse.class, "/api/v1/units", () -> service.create(trustId, request));
    }

    @POST
    @Path("/trusts/{trustId}/units")
    @Consumes(CsvWriter.MEDIA_TYPE)
    @PermissionsAllowed(Access.WRITE)
    @Operation(hidden = true)
    public RestResponse<UnitBatchResponse> createAll(
            @PathParam("trustId") UUID trustId, @BeanParam CreateParams create, String csv) {
        String body = csv == null ? "" : csv;
        return creations.record(
                create,
                body,
                UnitBatchResponse.class,
                () -> RestResponse.status(RestResponse.Status.CREATED, service.createAll(trustId, body)));
    }

    @GET
    @Path("/trusts/{trustId}/units")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "listUnits",
            summary = "List a Trust's units, oldest first (JSON pages, or every matching unit as one CSV)")
    @APIResponse(
            responseCode = "200",
            description = "The units",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitPage.class)),
                @Content(mediaType = CsvWriter.MEDIA_TYPE, example = "name,kind,parent,odsSiteCode,beds,…")
            })
    public Response list(
            @PathParam("trustId") UUID trustId,
            @QueryParam("kind") UnitKind kind,
            @QueryParam("parentId") @Parameter(description = "Only the units directly below this one") UUID parentId,
            @QueryParam("open") @Parameter(description = "true: only open units; false: only closed ones") Boolean open,
            @BeanParam PageParams page,
            @Context HttpHeaders headers) {
        UnitRepository.Filter filter = new UnitRepository.Filter(trustId, kind, parentId, open);
        if (CsvNegotiation.wantsCsv(headers)) {
            return Response.ok(service.exportCsv(trustId, filter), CsvWriter.CONTENT_TYPE)
                    .build();
        }
        return Response.ok(service.list(trustId, filter, page.toRequest()), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("/units/{unitId}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getUnit", summary = "Get a unit")
    public RestResponse<UnitResponse> get(@PathParam("unitId") UUID unitId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(unitId), ifNoneMatch);
    }

    @PATCH
    @Path("/units/{unitId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Access.WRITE)
    @Operation(
            operationId = "updateUnit",
            summary = "Change a unit (JSON Merge Patch): rename, move, or close it (closedOn)")
    @RequestBody(
            content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = UnitUpdate.class)))
    @APIResponse(
            responseCode = "409",
            description = "Another open unit has the name, or the unit to close has open subunits",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<UnitResponse> update(
            @PathParam("unitId") UUID unitId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(unitId, ifMatch.value(), patch));
    }

    @DELETE
    @Path("/units/{unitId}")
    @PermissionsAllowed(Access.WRITE)
    @Operation(operationId = "deleteUnit", summary = "Delete a unit that nothing belongs to (close it otherwise)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Subunits or records belong to the unit: close it instead",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void delete(@PathParam("unitId") UUID unitId, @BeanParam IfMatch ifMatch) {
        service.delete(unitId, ifMatch.value());
    }
}
