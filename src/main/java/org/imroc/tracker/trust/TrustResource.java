package org.imroc.tracker.trust;

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

// Rooted at /api/v1 like every resource whose paths other features extend (/trusts/{id}/goals …): JAX-RS picks the
// class with the longest matching path first and does not fall back to another class.
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trusts", description = "Organisations taking part in ImROC")
public class TrustResource {

    private final TrustService service;
    private final Creations creations;

    public TrustResource(TrustService service, Creations creations) {
        this.service = service;
        this.creations = creations;
    }

    @POST
    @Path("/trusts")
    @PermissionsAllowed(Access.ADMINISTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTrust", summary = "Register a Trust")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TrustResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "A Trust with this ODS code exists, or the same Idempotency-Key is in flight",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<TrustResponse> create(@BeanParam CreateParams create, @NotNull TrustRequest request) {
        return creations.create(create, request, TrustResponse.class, "/api/v1/trusts", () -> service.create(request));
    }

    @GET
    @Path("/trusts")
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listTrusts", summary = "List Trusts, oldest first")
    public Page<TrustResponse> list(
            @QueryParam("status") TrustStatus status,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Name or ODS code contains (case-insensitive)")
                    String q,
            @BeanParam PageParams page) {
        return service.list(status, q, page.toRequest());
    }

    @GET
    @PermissionsAllowed(Access.READ)
    @Path("/trusts/{trustId}")
    @Operation(operationId = "getTrust", summary = "Get a Trust")
    public RestResponse<TrustResponse> get(@PathParam("trustId") UUID trustId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(trustId), ifNoneMatch);
    }

    @PATCH
    @PermissionsAllowed(Access.ADMINISTER)
    @Path("/trusts/{trustId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateTrust", summary = "Change a Trust (JSON Merge Patch)")
    @RequestBody(
            content =
                    @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = TrustRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = TrustResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Another Trust has this ODS code",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<TrustResponse> update(
            @PathParam("trustId") UUID trustId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(trustId, ifMatch.value(), patch));
    }

    @DELETE
    @PermissionsAllowed(Access.ADMINISTER)
    @Path("/trusts/{trustId}")
    @Operation(operationId = "deleteTrust", summary = "Delete a Trust that owns no records")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "The Trust still owns records",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void delete(@PathParam("trustId") UUID trustId, @BeanParam IfMatch ifMatch) {
        service.delete(trustId, ifMatch.value());
    }
}
