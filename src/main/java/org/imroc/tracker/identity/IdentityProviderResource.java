package org.imroc.tracker.identity;

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
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
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
@PermissionsAllowed(Access.ADMINISTER)
@Tag(
        name = "Identity providers",
        description = "A Trust's own OpenID Connect provider (Entra ID, Keycloak): its staff sign in with their "
                + "organisation's account, with the role their groups map to (docs/security.md)")
public class IdentityProviderResource {

    private final IdentityProviderService service;

    public IdentityProviderResource(IdentityProviderService service) {
        this.service = service;
    }

    @POST
    @Path("/trusts/{trustId}/identity-providers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createIdentityProvider",
            summary = "Connect a Trust's identity provider; its discovery document is read and checked first",
            description = "422 on issuer when the discovery document cannot be read, names another issuer, or lies "
                    + "at an address the installation does not allow; 409 when another provider has the issuer.")
    @APIResponse(
            responseCode = "201",
            description = "Connected: its tokens are accepted from now on, on every instance",
            content = @Content(schema = @Schema(implementation = IdentityProviderResponse.class)))
    public RestResponse<IdentityProviderResponse> create(
            @PathParam("trustId") UUID trustId, @NotNull IdentityProviderRequest request) {
        return Creations.created("/api/v1/identity-providers", service.create(trustId, request));
    }

    @GET
    @Path("/trusts/{trustId}/identity-providers")
    @Operation(operationId = "listIdentityProviders", summary = "A Trust's identity providers")
    public Page<IdentityProviderResponse> list(@PathParam("trustId") UUID trustId, @BeanParam PageParams page) {
        return service.list(trustId, page.toRequest());
    }

    @GET
    @Path("/identity-providers/{providerId}")
    @Operation(operationId = "getIdentityProvider", summary = "One identity provider")
    public RestResponse<IdentityProviderResponse> get(
            @PathParam("providerId") UUID providerId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(providerId), ifNoneMatch);
    }

    @PATCH
    @Path("/identity-providers/{providerId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateIdentityProvider",
            summary = "Change a provider (JSON Merge Patch); active: false stops its tokens at once",
            description = "An active result has its discovery document read again before it is saved.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = IdentityProviderUpdate.class)))
    public RestResponse<IdentityProviderResponse> update(
            @PathParam("providerId") UUID providerId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(providerId, ifMatch.value(), patch));
    }

    @DELETE
    @Path("/identity-providers/{providerId}")
    @Operation(
            operationId = "deleteIdentityProvider",
            summary = "Disconnect a provider: its tokens stop at once and the users it created are disabled")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("providerId") UUID providerId, @BeanParam IfMatch ifMatch) {
        service.delete(providerId, ifMatch.value());
    }
}
