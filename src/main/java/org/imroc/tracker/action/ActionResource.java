package org.imroc.tracker.action;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
@Tag(name = "Actions", description = "A Trust's action plan")
public class ActionResource {

    static final String UNIT_FILTER = "Only those on this unit (with includeSubunits, on it or any unit below it); "
            + "a unit of another Trust, or unknown, matches nothing";
    static final String SUBUNITS_FILTER = "With unitId: also those on every unit below it";

    private final ActionService service;
    private final ActionPages pages;
    private final Creations creations;

    public ActionResource(ActionService service, ActionPages pages, Creations creations) {
        this.service = service;
        this.pages = pages;
        this.creations = creations;
    }

    @POST
    @Path("/trusts/{trustId}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "createAction", summary = "Add an action to a Trust's action plan")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ActionResponse.class)))
    public RestResponse<ActionResponse> create(
            @PathParam("trustId") UUID trustId, @BeanParam CreateParams create, @NotNull ActionRequest request) {
        return creations.create(
                create, request, ActionResponse.class, "/api/v1/actions", () -> service.create(trustId, request));
    }

    @GET
    @Path("/trusts/{trustId}/actions")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "listActions",
            summary = "List a Trust's actions, oldest first (JSON pages, or every matching action as one CSV)")
    @APIResponse(
            responseCode = "200",
            description = "The actions",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPage.class)),
                @Content(
                        mediaType = CsvWriter.MEDIA_TYPE,
                        example = "id,title,owner,dueOn,status,overdue,completedOn,…")
            })
    public Response list(
            @PathParam("trustId") UUID trustId,
            @QueryParam("status") ActionStatus status,
            @QueryParam("owner") @Size(max = 200) @Parameter(description = "Owner, case-insensitive") String owner,
            @QueryParam("overdue") @Parameter(description = "true: only overdue actions; false: only those not overdue")
                    Boolean overdue,
            @QueryParam("goalId") UUID goalId,
            @QueryParam("cycleId") UUID cycleId,
            @QueryParam("challenge") @Min(1) @Max(10) @Parameter(description = "Challenge number 1–10")
                    Integer challenge,
            @QueryParam("dueBefore") @Parameter(description = "Due before this date (YYYY-MM-DD)") LocalDate dueBefore,
            @QueryParam("visitId") @Parameter(description = "Agreed at this site visit") UUID visitId,
            @QueryParam("unitId") @Parameter(description = UNIT_FILTER) UUID unitId,
            @QueryParam("includeSubunits") @DefaultValue("false") @Parameter(description = SUBUNITS_FILTER)
                    boolean includeSubunits,
            @BeanParam PageParams page,
            @Context HttpHeaders headers) {
        ActionRepository.Filter filter = new ActionRepository.Filter(
                status, owner, overdue, goalId, cycleId, challenge, dueBefore, visitId, null);
        if (CsvNegotiation.wantsCsv(headers)) {
            return Response.ok(service.exportCsv(trustId, filter, unitId, includeSubunits), CsvWriter.CONTENT_TYPE)
                    .build();
        }
        return Response.ok(
                        pages.json(trustId, filter, unitId, includeSubunits, page.toRequest()),
                        MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("/actions/{actionId}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getAction", summary = "Get an action")
    public RestResponse<ActionResponse> get(@PathParam("actionId") UUID actionId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(actionId), ifNoneMatch);
    }

    @PATCH
    @Path("/actions/{actionId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "updateAction", summary = "Change an action (JSON Merge Patch; status by transition)")
    @RequestBody(
            description = "Status changes are not patched: use POST /api/v1/actions/{actionId}/transitions.",
            content =
                    @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ActionUpdate.class)))
    public RestResponse<ActionResponse> update(
            @PathParam("actionId") UUID actionId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(actionId, ifMatch.value(), patch));
    }

    @POST
    @Path("/actions/{actionId}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(
            operationId = "transitionAction",
            summary = "Change an action's status: start, complete (DONE), block (with a reason), cancel or reopen")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = ActionResponse.class)))
    public RestResponse<ActionResponse> transition(
            @PathParam("actionId") UUID actionId,
            @BeanParam IfMatch ifMatch,
            @NotNull ActionTransitionRequest request) {
        return Responses.ok(service.transition(actionId, ifMatch.value(), request));
    }

    @DELETE
    @Path("/actions/{actionId}")
    @PermissionsAllowed(Access.UNIT_WRITE)
    @Operation(operationId = "deleteAction", summary = "Delete an action")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("actionId") UUID actionId, @BeanParam IfMatch ifMatch) {
        service.delete(actionId, ifMatch.value());
    }
}
