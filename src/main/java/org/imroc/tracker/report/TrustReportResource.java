package org.imroc.tracker.report;

import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.imroc.tracker.caller.Access;

@Path("/api/v1")
@Tag(name = "Progress")
public class TrustReportResource {

    static final String HTML = "text/html; charset=utf-8";

    private final TrustReportService service;

    public TrustReportResource(TrustReportService service) {
        this.service = service;
    }

    @GET
    @Path("/trusts/{trustId}/report")
    @Produces(MediaType.TEXT_HTML)
    @PermissionsAllowed(Access.READ)
    @Operation(
            operationId = "getTrustReport",
            summary = "A one-page HTML report for the Trust's board: challenge profile, goals, PDSA cycles, overdue "
                    + "actions, measure summary and charts",
            description = "Self-contained (inline SVG and CSS, no scripts, fonts or links), printable on A4, sent "
                    + "with a strict Content-Security-Policy that it also carries in a meta element.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_HTML,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 16777216)))
    public Response report(
            @PathParam("trustId") UUID trustId,
            @QueryParam("since")
                    @Parameter(
                            description = "List PDSA cycles created, started or reviewed on or after "
                                    + "this date (YYYY-MM-DD); default a year ago")
                    LocalDate since) {
        return Response.ok(service.render(trustId, since), HTML)
                .header("Content-Security-Policy", service.policy())
                .build();
    }
}
