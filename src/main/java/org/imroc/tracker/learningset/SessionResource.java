package org.imroc.tracker.learningset;

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
public class SessionResource {

    private final SessionService service;
    private final Creations creations;

    public SessionResource(SessionService service, Creations creations) {
        this.service = service;
        this.creations = creations;
    }

    @POST
    @Path("/learning-sets/{setId}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.CONSULT)
    @Operation(
            operationId = "createSession",
            summary =
                    "Record a session and what each Trust committed to try (actions of their plans), in one transaction")
    @APIResponse(
            responseCode = "201",
            description = "Created, with each commitment's actionId",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    public RestResponse<SessionResponse> create(
            @PathParam("setId") UUID setId, @BeanParam CreateParams create, @NotNull SessionRequest request) {
        return creations.create(
                create, request, SessionResponse.class, "/api/v1/sessions", () -> service.create(setId, request));
    }

    @GET
    @Path("/learning-sets/{setId}/sessions")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listSessions", summary = "A set's sessions, oldest first, with their commitments")
    public Page<SessionResponse> list(
            @PathParam("setId") UUID setId,
            @QueryParam("from") @Parameter(description = "Held on or after (YYYY-MM-DD)") LocalDate from,
            @QueryParam("to") @Parameter(description = "Held on or before (YYYY-MM-DD)") LocalDate to,
            @BeanParam PageParams page) {
        return service.list(setId, from, to, page.toRequest());
    }

    @GET
    @Path("/sessions/{sessionId}")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getSession", summary = "Get a session")
    public RestResponse<SessionResponse> get(
            @PathParam("sessionId") UUID sessionId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(sessionId), ifNoneMatch);
    }

    @PATCH
    @Path("/sessions/{sessionId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Access.CONSULT)
    @Operation(operationId = "updateSession", summary = "Change a session (JSON Merge Patch)")
    @RequestBody(
            description = "More commitments go through POST /api/v1/sessions/{sessionId}/commitments.",
            content =
                    @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SessionUpdate.class)))
    public RestResponse<SessionResponse> update(
            @PathParam("sessionId") UUID sessionId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(sessionId, ifMatch.value(), patch));
    }

    @POST
    @Path("/sessions/{sessionId}/commitments")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.CONSULT)
    @Operation(
            operationId = "addCommitments",
            summary = "Record more commitments made at a session (each an action of its Trust's plan)")
    @APIResponse(
            responseCode = "200",
            description = "The session with every commitment",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    public RestResponse<SessionResponse> commit(
            @PathParam("sessionId") UUID sessionId, @NotNull CommitmentsRequest request) {
        return Responses.ok(service.addCommitments(sessionId, request));
    }

    @DELETE
    @Path("/sessions/{sessionId}")
    @PermissionsAllowed(Access.CONSULT)
    @Operation(operationId = "deleteSession", summary = "Delete a session at which no commitment was made")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Commitments were made at it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void delete(@PathParam("sessionId") UUID sessionId, @BeanParam IfMatch ifMatch) {
        service.delete(sessionId, ifMatch.value());
    }
}
