package org.imroc.tracker.audit;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageParams;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who changed what, when (append-only)")
public class AuditResource {

    private final AuditService service;

    public AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @PermissionsAllowed(Access.READ)
    @Operation(operationId = "listAuditEvents", summary = "List audit events in the caller's Trusts, oldest first")
    public Page<AuditEventResponse> list(
            @QueryParam("trustId") UUID trustId,
            @QueryParam("resourceType")
                    @Size(max = 40)
                    @Parameter(
                            description =
                                    "trust, goal, progress-score, cycle, review, action, assessment, visit, measure, observation, user or api-key")
                    String resourceType,
            @QueryParam("resourceId") UUID resourceId,
            @QueryParam("from") @Parameter(description = "Occurred at or after (RFC 3339)") Instant from,
            @QueryParam("to") @Parameter(description = "Occurred before (RFC 3339)") Instant to,
            @BeanParam PageParams page) {
        return service.list(trustId, resourceType, resourceId, from, to, page.toRequest());
    }
}
