package org.imroc.tracker.measure;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.PermissionsAllowed;
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
@Tag(name = "Measures")
public class ObservationResource {

    private static final String PERIOD = "The period: YYYY-MM (monthly), YYYY-Www (weekly, ISO) or YYYY-Qn (quarterly)";
    private static final String UNIT =
            "The unit whose figure it is: required for a measure recorded by unit, absent for one recorded by the Trust";

    private final ObservationService service;
    private final Creations creations;

    /** The limits of a measure, as the contract states them (Measure.MAX_YEARS, MAX_REBASES, PERIODS_PER_REBASE). */
    static final String LIMITS = "Limits: a measure holds at most 20 years of periods of its frequency (1044 weekly, "
            + "240 monthly, 80 quarterly) and at most 1 + periods ÷ 12 rebases (rounded down), never more than 20; "
            + "a write that would go over either is 422 naming the limit, and nothing is recorded. A measure's "
            + "frequency cannot change once periods are recorded (409), so no change of frequency puts a series "
            + "over its limit.";

    public ObservationResource(ObservationService service, Creations creations) {
        this.service = service;
        this.creations = creations;
    }

    @POST
    @Path("/measures/{measureId}/observations")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(
            operationId = "recordObservations",
            summary = "Record up to 500 periods, all or nothing (JSON, or the same as CSV)",
            description = "A period already holding the same figures is a safe retry (counted as unchanged); a "
                    + "period holding other figures is 409 naming it: correct it with PATCH and If-Match. For a rate, "
                    + "give numerator and denominator instead of value. " + LIMITS)
    @RequestBody(
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ObservationBatchRequest.class)),
                @Content(
                        mediaType = CsvWriter.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 262144),
                        example = "period,value,annotation,rebase\r\n2024-03,41,PDSA 2 started,false\r\n")
            })
    @APIResponse(
            responseCode = "201",
            description = "Recorded (at least one period was new)",
            content = @Content(schema = @Schema(implementation = ObservationBatchResponse.class)))
    @APIResponse(
            responseCode = "200",
            description = "Nothing new: every period already held these figures",
            content = @Content(schema = @Schema(implementation = ObservationBatchResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "A period already holds other figures; nothing was recorded",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "422",
            description = "An item is invalid, or the measure would hold more periods or "
                    + "rebases than its limits allow (the error names the limit, on `observations`, or `rows` for CSV); "
                    + "nothing was recorded",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<ObservationBatchResponse> record(
            @PathParam("measureId") UUID measureId,
            @BeanParam CreateParams create,
            @NotNull ObservationBatchRequest request) {
        return creations.record(
                create,
                request,
                ObservationBatchResponse.class,
                () -> answer(measureId, service.record(measureId, request)));
    }

    @POST
    @Path("/measures/{measureId}/observations")
    @Consumes(CsvWriter.MEDIA_TYPE)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(hidden = true)
    public RestResponse<ObservationBatchResponse> recordCsv(
            @PathParam("measureId") UUID measureId, @BeanParam CreateParams create, String csv) {
        String body = csv == null ? "" : csv;
        return creations.record(
                create,
                body,
                ObservationBatchResponse.class,
                () -> answer(measureId, service.recordCsv(measureId, body)));
    }

    @GET
    @Path("/measures/{measureId}/observations")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "listObservations",
            summary = "A measure's observations in period order (JSON pages, or the whole series as one CSV to edit "
                    + "and upload again)")
    @APIResponse(
            responseCode = "200",
            description = "The observations",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ObservationPage.class)),
                @Content(mediaType = CsvWriter.MEDIA_TYPE, example = "period,value,annotation,rebase")
            })
    public Response list(
            @PathParam("measureId") UUID measureId,
            @QueryParam("unitId") @Parameter(description = "Only this unit's figures (a measure recorded by unit)")
                    UUID unitId,
            @BeanParam PageParams page,
            @Context HttpHeaders headers) {
        if (CsvNegotiation.wantsCsv(headers)) {
            return Response.ok(service.exportCsv(measureId), CsvWriter.CONTENT_TYPE)
                    .build();
        }
        return Response.ok(service.list(measureId, unitId, page.toRequest()), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("/measures/{measureId}/observations/{period}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getObservation", summary = "Get one period's observation (its ETag is for corrections)")
    public RestResponse<ObservationResponse> get(
            @PathParam("measureId") UUID measureId,
            @PathParam("period") @Size(max = 8) @Parameter(description = PERIOD) String period,
            @QueryParam("unitId") @Parameter(description = UNIT) UUID unitId,
            @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(measureId, period, unitId), ifNoneMatch);
    }

    @PATCH
    @Path("/measures/{measureId}/observations/{period}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(
            operationId = "correctObservation",
            summary = "Correct one period's figures (JSON Merge Patch)",
            description = "Setting rebase to true is 422 on `rebase` when the measure already holds as many rebases as "
                    + "its periods allow. " + LIMITS)
    @RequestBody(
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = ObservationUpdate.class)))
    public RestResponse<ObservationResponse> update(
            @PathParam("measureId") UUID measureId,
            @PathParam("period") @Size(max = 8) @Parameter(description = PERIOD) String period,
            @QueryParam("unitId") @Parameter(description = UNIT) UUID unitId,
            @BeanParam IfMatch ifMatch,
            JsonNode patch) {
        return Responses.ok(service.update(measureId, period, unitId, ifMatch.value(), patch));
    }

    @DELETE
    @Path("/measures/{measureId}/observations/{period}")
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "deleteObservation", summary = "Delete one period's observation")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(
            @PathParam("measureId") UUID measureId,
            @PathParam("period") @Size(max = 8) @Parameter(description = PERIOD) String period,
            @QueryParam("unitId") @Parameter(description = UNIT) UUID unitId,
            @BeanParam IfMatch ifMatch) {
        service.delete(measureId, period, unitId, ifMatch.value());
    }

    private static RestResponse<ObservationBatchResponse> answer(UUID measureId, ObservationBatchResponse body) {
        if (body.recorded() == 0) {
            return RestResponse.ok(body);
        }
        return RestResponse.ResponseBuilder.<ObservationBatchResponse>create(RestResponse.Status.CREATED, body)
                .location(URI.create("/api/v1/measures/" + measureId + "/observations"))
                .build();
    }
}
