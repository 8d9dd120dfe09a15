package org.imroc.tracker.visit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
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
@Tag(name = "Site visits", description = "Consultants' visits to Trusts, and the actions agreed at them")
public class VisitResource {

    static final String UNIT_FILTER = "Only those on this unit (with includeSubunits, on it or any unit below it); "
            + "a unit of another Trust, or unknown, matches nothing";
    static final String SUBUNITS_FILTER = "With unitId: also those on every unit below it";

    private final VisitService service;
    private final Creations creations;
    private final CurrentCaller caller;

    public VisitResource(VisitService service, Creations creations, CurrentCaller caller) {
        this.service = service;
        this.creations = creations;
        this.caller = caller;
    }

    @POST
    @Path("/trusts/{trustId}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.CONSULT)
    @Operation(operationId = "createVisit", summary = "Log a site visit and the actions agreed at it (one transaction)")
    @APIResponse(
            responseCode = "201",
            description = "Created, with the ids of the agreed actions",
            content = @Content(schema = @Schema(implementation = VisitResponse.class)))
    public RestResponse<VisitResponse> create(
            @PathParam("trustId") UUID trustId, @BeanParam CreateParams create, @NotNull VisitRequest request) {
        return creations.create(
                create, request, VisitResponse.class, "/api/v1/visits", () -> service.create(trustId, request));
    }

    @GET
    @Path("/trusts/{trustId}/visits")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listTrustVisits", summary = "List a Trust's site visits, oldest first")
    public Page<VisitResponse> listForTrust(
            @PathParam("trustId") UUID trustId,
            @QueryParam("type") VisitType type,
            @QueryParam("status") VisitStatus status,
            @QueryParam("from") @Parameter(description = "Visited on or after (YYYY-MM-DD)") LocalDate from,
            @QueryParam("to") @Parameter(description = "Visited on or before (YYYY-MM-DD)") LocalDate to,
            @QueryParam("unitId") @Parameter(description = UNIT_FILTER) UUID unitId,
            @QueryParam("includeSubunits") @DefaultValue("false") @Parameter(description = SUBUNITS_FILTER)
                    boolean includeSubunits,
            @BeanParam PageParams page) {
        return service.listForTrust(
                trustId,
                new VisitRepository.Filter(trustId, type, status, null, from, to, null),
                unitId,
                includeSubunits,
                page.toRequest());
    }

    @GET
    @Path("/visits")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listVisits", summary = "A diary: every visit the caller may see, oldest first")
    public Page<VisitResponse> list(
            @QueryParam("consultantId") @Size(max = 36) @Parameter(description = "A consultant's user id, or 'me'")
                    String consultantId,
            @QueryParam("trustId") UUID trustId,
            @QueryParam("from") @Parameter(description = "Visited on or after (YYYY-MM-DD)") LocalDate from,
            @QueryParam("to") @Parameter(description = "Visited on or before (YYYY-MM-DD)") LocalDate to,
            @QueryParam("unitId") @Parameter(description = UNIT_FILTER) UUID unitId,
            @QueryParam("includeSubunits") @DefaultValue("false") @Parameter(description = SUBUNITS_FILTER)
                    boolean includeSubunits,
            @BeanParam PageParams page) {
        return service.list(
                new VisitRepository.Filter(trustId, null, null, consultant(consultantId), from, to, null),
                unitId,
                includeSubunits,
                page.toRequest());
    }

    @GET
    @Path("/visits/{visitId}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getVisit", summary = "Get a site visit")
    public RestResponse<VisitResponse> get(@PathParam("visitId") UUID visitId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(visitId), ifNoneMatch);
    }

    @PATCH
    @Path("/visits/{visitId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Access.CONSULT)
    @Operation(operationId = "updateVisit", summary = "Change a site visit (JSON Merge Patch)")
    @RequestBody(
            description = "More agreed actions go through POST /api/v1/trusts/{trustId}/actions with visitId; "
                    + "status changes through POST /api/v1/visits/{visitId}/transitions.",
            content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = VisitUpdate.class)))
    public RestResponse<VisitResponse> update(
            @PathParam("visitId") UUID visitId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(visitId, ifMatch.value(), patch));
    }

    @POST
    @Path("/visits/{visitId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.CONSULT)
    @Operation(
            operationId = "transitionVisit",
            summary = "Change a visit's status: it took place, was called off, or is booked again")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = VisitResponse.class)))
    public RestResponse<VisitResponse> transition(
            @PathParam("visitId") UUID visitId, @BeanParam IfMatch ifMatch, @NotNull VisitTransitionRequest request) {
        return Responses.ok(service.transition(visitId, ifMatch.value(), request));
    }

    @DELETE
    @Path("/visits/{visitId}")
    @PermissionsAllowed(Access.CONSULT)
    @Operation(operationId = "deleteVisit", summary = "Delete a visit that no action or assessment refers to")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Actions or assessments refer to the visit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void delete(@PathParam("visitId") UUID visitId, @BeanParam IfMatch ifMatch) {
        service.delete(visitId, ifMatch.value());
    }

    private UUID consultant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equals("me")) {
            return caller.get().id();
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("consultantId", "must be a user id or 'me'");
        }
    }
}
