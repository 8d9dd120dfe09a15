package org.imroc.tracker.measure.analysis;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.Negotiation;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.svg.SvgRenderer;
import org.imroc.tracker.measure.ChartOptions;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures")
public class MeasureAnalysisResource {

    private static final MediaType SVG = MediaType.valueOf(SvgRenderer.MEDIA_TYPE);

    private final MeasureAnalysisService service;

    public MeasureAnalysisResource(MeasureAnalysisService service) {
        this.service = service;
    }

    @GET
    @Path("/measures/{measureId}/spc")
    @Produces({MediaType.APPLICATION_JSON, SvgRenderer.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "getMeasureSpc",
            summary = "The measure's XmR chart as NHS Making Data Count reads it (NHSRplotthedots' rules), as JSON or "
                    + "drawn as SVG")
    @APIResponse(
            responseCode = "200",
            description = "The chart; the ETag changes only when a figure changes",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpcResponse.class)),
                @Content(
                        mediaType = SvgRenderer.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 4194304))
            })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current chart")
    public Response spc(
            @PathParam("measureId") UUID measureId,
            @BeanParam SliceParams slice,
            @BeanParam ChartParams chart,
            @BeanParam IfNoneMatch ifNoneMatch,
            @Context HttpHeaders headers) {
        if (Negotiation.prefers(headers, SVG, MediaType.APPLICATION_JSON_TYPE, SVG)) {
            return Responses.tagged(
                    service.spcSvg(measureId, slice, chart.width, chart.height, chart.from, chart.to),
                    ifNoneMatch.value(),
                    SVG);
        }
        return Responses.tagged(service.spc(measureId, slice), ifNoneMatch.value());
    }

    @GET
    @Path("/measures/{measureId}/run-chart")
    @Produces({MediaType.APPLICATION_JSON, SvgRenderer.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "getMeasureRunChart",
            summary = "The measure's run chart by the IHI rules, as JSON or drawn as SVG")
    @APIResponse(
            responseCode = "200",
            description = "The chart; the ETag changes only when a figure changes",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = RunChartResponse.class)),
                @Content(
                        mediaType = SvgRenderer.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 4194304))
            })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current chart")
    public Response runChart(
            @PathParam("measureId") UUID measureId,
            @BeanParam SliceParams slice,
            @BeanParam ChartParams chart,
            @BeanParam IfNoneMatch ifNoneMatch,
            @Context HttpHeaders headers) {
        if (Negotiation.prefers(headers, SVG, MediaType.APPLICATION_JSON_TYPE, SVG)) {
            return Responses.tagged(
                    service.runChartSvg(measureId, slice, chart.width, chart.height, chart.from, chart.to),
                    ifNoneMatch.value(),
                    SVG);
        }
        return Responses.tagged(service.runChart(measureId, slice), ifNoneMatch.value());
    }

    /** How an SVG chart is drawn (ignored for JSON, which always has every point). */
    public static class ChartParams {

        @QueryParam("width")
        @Min(ChartOptions.MIN_WIDTH)
        @Max(ChartOptions.MAX_WIDTH)
        @Parameter(
                description = "SVG only: width in pixels (default 800), 320 to 2400. Charts are drawn at these "
                        + "widths only: " + ChartOptions.WIDTH_LIST
                        + "; any other is drawn at the listed width below it "
                        + "(801 → 800), with the same ETag")
        Integer width;

        @QueryParam("height")
        @Min(ChartOptions.MIN_HEIGHT)
        @Max(ChartOptions.MAX_HEIGHT)
        @Parameter(
                description = "SVG only: height in pixels (default 420), 240 to 1600. Charts are drawn at these "
                        + "heights only: " + ChartOptions.HEIGHT_LIST
                        + "; any other is drawn at the listed height below it")
        Integer height;

        @QueryParam("from")
        @Size(max = 8)
        @Parameter(description = "SVG only: first period shown (the limits stay those of the whole series)")
        String from;

        @QueryParam("to")
        @Size(max = 8)
        @Parameter(description = "SVG only: last period shown")
        String to;
    }
}
