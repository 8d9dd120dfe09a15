package org.imroc.tracker.measure.units;

import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.csv.CsvWriter;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.Negotiation;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.svg.SvgRenderer;

/** A measure recorded by unit, unit by unit (small multiples). */
@Path("/api/v1")
@Tag(name = "Measures")
public class MeasureUnitsResource {

    private static final MediaType SVG = MediaType.valueOf(SvgRenderer.MEDIA_TYPE);
    private static final MediaType CSV = MediaType.valueOf(CsvWriter.MEDIA_TYPE);

    private final MeasureUnitsService service;

    public MeasureUnitsResource(MeasureUnitsService service) {
        this.service = service;
    }

    @GET
    @Path("/measures/{measureId}/units")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, SvgRenderer.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "getMeasureUnits",
            summary = "A measure recorded by unit, unit by unit: each unit's latest value, variation and assurance "
                    + "icons and point count (JSON, CSV, or SVG small multiples on one scale), in unit order, never "
                    + "ranked")
    @APIResponse(
            responseCode = "200",
            description = "The units; the ETag changes only when a figure changes",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = MeasureUnitsResponse.class)),
                @Content(mediaType = CsvWriter.MEDIA_TYPE, example = "unitId,name,open,points,…"),
                @Content(
                        mediaType = SvgRenderer.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 4194304))
            })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current answer")
    public Response units(
            @PathParam("measureId") UUID measureId, @BeanParam IfNoneMatch ifNoneMatch, @Context HttpHeaders headers) {
        MediaType type = Negotiation.preferred(headers, MediaType.APPLICATION_JSON_TYPE, CSV, SVG);
        if (type.equals(CSV)) {
            return Response.ok(service.csv(measureId), CsvWriter.CONTENT_TYPE)
                    .header(HttpHeaders.VARY, "Accept")
                    .build();
        }
        if (type.equals(SVG)) {
            return Responses.tagged(service.svg(measureId), ifNoneMatch.value(), SVG);
        }
        return Responses.tagged(service.units(measureId), ifNoneMatch.value());
    }
}
