package org.imroc.tracker.auth;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.common.http.ClientAddress;

@Path("/api/v1/auth/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Sign in and get an access token")
public class AuthResource {

    private final AuthService service;

    public AuthResource(AuthService service) {
        this.service = service;
    }

    @POST
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "createToken", summary = "Sign in with username and password; returns a bearer token")
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "Wrong username or password (the same answer for an unknown user)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "429",
            description = "Too many sign-ins from this address, or too many failed ones for "
                    + "this username from it; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public TokenResponse signIn(@NotNull TokenRequest request, @Context HttpServerRequest http) {
        return service.signIn(request, ClientAddress.of(http));
    }
}
