package org.imroc.tracker.auth;

import io.quarkus.security.PermissionsAllowed;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.http.ClientAddress;

/** Changing one's own password: a credential operation, checked under the same throttle as signing in. */
@Path("/api/v1/me/password")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class PasswordResource {

    private final PasswordService service;

    public PasswordResource(PasswordService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Access.OWN_ACCOUNT)
    @Operation(operationId = "changeMyPassword", summary = "Change my password; tokens issued before stop working")
    @APIResponse(responseCode = "204", description = "Changed")
    public void changePassword(@NotNull PasswordChangeRequest request, @Context HttpServerRequest http) {
        service.changePassword(request, ClientAddress.of(http));
    }
}
