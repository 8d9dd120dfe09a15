package org.imroc.tracker.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.security.Role.Names;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The caller: who they are, what they may see, their password")
public class MeResource {

    private final MeService service;

    public MeResource(MeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD, Names.INTEGRATION})
    @Operation(operationId = "getMe", summary = "Who am I: the user or integration key behind the credential")
    public MeResponse me() {
        return service.me();
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Names.ADMIN, Names.CONSULTANT, Names.TRUST_LEAD})
    @Operation(operationId = "changeMyPassword", summary = "Change my password; tokens issued before stop working")
    @APIResponse(responseCode = "204", description = "Changed")
    public void changePassword(@Valid @NotNull PasswordChangeRequest request) {
        service.changePassword(request);
    }
}
