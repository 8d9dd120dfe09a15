package org.imroc.tracker.apikey;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.http.Creations;
import org.imroc.tracker.common.http.IfMatch;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Access.ADMINISTER)
@Tag(name = "Integration keys", description = "Read-only keys for dashboards and reports (administrators only)")
public class ApiKeyResource {

    private final ApiKeyService service;

    public ApiKeyResource(ApiKeyService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createApiKey",
            summary = "Create an integration key; the key is in this response only",
            description = "Not idempotent by key: a replayed response would have to store the secret.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ApiKeyCreatedResponse.class)))
    public RestResponse<ApiKeyCreatedResponse> create(@NotNull ApiKeyRequest request) {
        return Creations.created("/api/v1/api-keys", service.create(request));
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List integration keys (never the keys themselves)")
    public Page<ApiKeyResponse> list(@BeanParam PageParams page) {
        return service.list(page.toRequest());
    }

    @GET
    @Path("/{keyId}")
    @Operation(operationId = "getApiKey", summary = "Get an integration key (never the key itself)")
    public RestResponse<ApiKeyResponse> get(@PathParam("keyId") UUID keyId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(keyId), ifNoneMatch);
    }

    @DELETE
    @Path("/{keyId}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an integration key")
    @APIResponse(responseCode = "204", description = "Revoked: the next request with the key gets 401")
    public void revoke(@PathParam("keyId") UUID keyId, @BeanParam IfMatch ifMatch) {
        service.revoke(keyId, ifMatch.value());
    }
}
