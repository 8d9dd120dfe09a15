package org.imroc.tracker.measure.groups;

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

/**
 * Whether a measure's rate differs between groups (PCREF; issue 24): rate ratios against a reference group with
 * their 95 % intervals, over a window or per period.
 */
@Path("/api/v1")
@Tag(name = "Measures")
public class DisparitiesResource {

    private static final MediaType SVG = MediaType.valueOf(SvgRenderer.MEDIA_TYPE);
    private static final MediaType CSV = MediaType.valueOf(CsvWriter.MEDIA_TYPE);

    private static final String PROBLEM = "application/problem+json";

    private final DisparitiesService service;

    public DisparitiesResource(DisparitiesService service) {
        this.service = service;
    }

    @GET
    @Path("/measures/{measureId}/disparities")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, SvgRenderer.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "getMeasureDisparities",
            summary = "Rate ratios between the groups of a breakdown (e.g. restraints of Black patients per bed day "
                    + "against White patients'), with 95 % intervals, over a window or per period (JSON, CSV, or "
                    + "SVG of the window's ratios on a log scale)",
            description = "Each group's events and denominators are summed over the window's periods; periods whose "
                    + "figure has no parts for the breakdown are named and left out. RR = (a/Na) ÷ (b/Nb), interval "
                    + "exp(ln RR ± 1.96·√(1/a + 1/b)) (Poisson, log method); a group without events or denominator, "
                    + "or the reference, has a reason instead of a ratio. A PUBLIC key sees every count from 1 to "
                    + "the minimum count − 1 (default 1–4), its complements, and everything computed from them as "
                    + "null with suppressed true (CSV *, SVG no mark and a note).")
    @APIResponse(
            responseCode = "200",
            description = "The ratios; the ETag changes only when a figure changes",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DisparitiesResponse.class)),
                @Content(
                        mediaType = CsvWriter.MEDIA_TYPE,
                        example = "scope,code,label,events,denominator,rate,rateRatio,lower,upper,side,reason,"
                                + "suppressed"),
                @Content(
                        mediaType = SvgRenderer.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 4194304))
            })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current answer")
    @APIResponse(
            responseCode = "404",
            description = "No such measure in the caller's Trusts",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "422",
            description = "The measure is not a rate (disparities need a numerator and denominator), or unitId is "
                    + "not a unit of a measure recorded by unit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response disparities(
            @PathParam("measureId") UUID measureId,
            @BeanParam DisparityQuery query,
            @BeanParam IfNoneMatch ifNoneMatch,
            @Context HttpHeaders headers) {
        MediaType type = Negotiation.preferred(headers, MediaType.APPLICATION_JSON_TYPE, CSV, SVG);
        if (type.equals(CSV)) {
            return Response.ok(service.csv(measureId, query), CsvWriter.CONTENT_TYPE)
                    .header(HttpHeaders.VARY, "Accept")
                    .build();
        }
        if (type.equals(SVG)) {
            return Responses.tagged(service.svg(measureId, query), ifNoneMatch.value(), SVG);
        }
        return Responses.tagged(service.json(measureId, query), ifNoneMatch.value());
    }
}
