package org.imroc.tracker.challenge;

import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.Responses;

@Path("/api/v1/challenges")
@PermissionsAllowed(Access.READ)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Challenges", description = "The 10 key organisational challenges (reference data)")
public class ChallengeResource {

    private final ChallengeService service;

    public ChallengeResource(ChallengeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listChallenges", summary = "List the 10 challenges in order")
    @APIResponse(
            responseCode = "200",
            description = "The challenges (reference data: the ETag changes only with a " + "new release)",
            content = @Content(schema = @Schema(implementation = ChallengePage.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current list")
    public Response list(@BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.revalidated(service.listJson(), ifNoneMatch.value());
    }

    @GET
    @Path("/{number}")
    @Operation(operationId = "getChallenge", summary = "Get one challenge by its number (1–10)")
    @APIResponse(
            responseCode = "200",
            description = "The challenge (reference data: the ETag changes only with a " + "new release)",
            content = @Content(schema = @Schema(implementation = ChallengeResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current challenge")
    public Response get(
            @PathParam("number")
                    @Parameter(
                            description = "1 to 10; any other number is 404",
                            schema =
                                    @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "10"))
                    int number,
            @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.revalidated(service.get(number), ifNoneMatch.value());
    }
}
