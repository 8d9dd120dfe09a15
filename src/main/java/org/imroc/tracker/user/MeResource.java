package org.imroc.tracker.user;

import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The caller: who they are, what they may see, their password")
public class MeResource {

    private final MeService service;

    public MeResource(MeService service) {
        this.service = service;
    }

    @GET
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "getMe", summary = "Who am I: the user or integration key behind the credential")
    public MeResponse me() {
        return service.me();
    }
}
