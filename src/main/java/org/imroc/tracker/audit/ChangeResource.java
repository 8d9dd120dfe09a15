package org.imroc.tracker.audit;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.paging.PageRequest;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed", description = "What changed since the last poll, for integrations")
public class ChangeResource {

    private final ChangeFeedService service;

    public ChangeResource(ChangeFeedService service) {
        this.service = service;
    }

    @GET
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "listChanges",
            summary =
                    "Every change in the caller's Trusts after a cursor, in commit order; store nextCursor and poll again")
    @APIResponse(
            responseCode = "200",
            description = "The next changes (possibly none)",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(
            responseCode = "410",
            description = "The cursor is older than the feed's retention: resynchronise",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ChangePage changes(
            @QueryParam("after")
                    @Size(max = 200)
                    @Parameter(
                            description =
                                    "nextCursor (or an item's cursor) from an earlier poll; absent = from the start")
                    String after,
            @QueryParam("trustId") UUID trustId,
            @QueryParam("resourceType")
                    @Size(max = 40)
                    @Parameter(
                            description =
                                    "trust, goal, progress-score, cycle, review, action, assessment, visit, measure or observation")
                    String resourceType,
            @QueryParam("limit")
                    @Parameter(
                            description = "Page size",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "50"))
                    Integer limit) {
        return service.changes(after, PageRequest.of(limit, null).limit(), trustId, resourceType);
    }
}
