package org.imroc.tracker.user;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.http.Creations;
import org.imroc.tracker.common.http.IfMatch;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Access.MANAGE_UNIT_LEADS)
@Tag(
        name = "Users",
        description = "People who sign in: administrators manage them all, a Trust lead the unit leads of its Trust")
public class UserResource {

    private final UserService service;

    public UserResource(UserService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createUser",
            summary = "Create a user",
            description = "Not idempotent by key (the request holds a password, which is never stored in any form "
                    + "but a bcrypt hash); a retry is safe because a taken username is refused with 409. A Trust "
                    + "lead may create only UNIT_LEADs of its own Trust (another role: 403).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "The username is taken",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<UserResponse> create(@NotNull UserRequest request) {
        return Creations.created("/api/v1/users", service.create(request));
    }

    @GET
    @Operation(
            operationId = "listUsers",
            summary = "List users, oldest first (a Trust lead: the unit leads of its Trust)")
    public Page<UserResponse> list(
            @QueryParam("role") Role role, @QueryParam("active") Boolean active, @BeanParam PageParams page) {
        return service.list(role, active, page.toRequest());
    }

    @GET
    @Path("/{userId}")
    @Operation(operationId = "getUser", summary = "Get a user")
    public RestResponse<UserResponse> get(@PathParam("userId") UUID userId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(userId), ifNoneMatch);
    }

    @PATCH
    @Path("/{userId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateUser",
            summary = "Change a user: details, role and Trusts, active, or reset the password")
    @RequestBody(
            description = "Setting password resets it: tokens issued before stop working.",
            content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = UserUpdate.class)))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Would leave no active administrator",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<UserResponse> update(
            @PathParam("userId") UUID userId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(userId, ifMatch.value(), patch));
    }
}
