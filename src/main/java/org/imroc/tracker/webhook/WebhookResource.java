package org.imroc.tracker.webhook;

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
import org.imroc.tracker.common.http.Creations;
import org.imroc.tracker.common.http.IfMatch;
import org.imroc.tracker.common.http.IfNoneMatch;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.Responses;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageParams;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Access.ADMINISTER)
@Tag(
        name = "Webhooks",
        description = "Tell an integration when something changed: Standard Webhooks v1, signed, "
                + "retried, delivered at least once in change-feed order")
public class WebhookResource {

    private final WebhookService service;

    public WebhookResource(WebhookService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe a URL to changes; the signing secret is in this " + "response only",
            description = "Not idempotent by key: a replayed response would have to store the secret.")
    @APIResponse(
            responseCode = "201",
            description = "Created, with the secret",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    public RestResponse<WebhookResponse> create(@NotNull WebhookRequest request) {
        return Creations.created("/api/v1/webhooks", service.create(request));
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List subscriptions (never their secrets)")
    public Page<WebhookResponse> list(@QueryParam("active") Boolean active, @BeanParam PageParams page) {
        return service.list(active, page.toRequest());
    }

    @GET
    @Path("/{webhookId}")
    @Operation(operationId = "getWebhook", summary = "Get a subscription and where its deliveries stand")
    public RestResponse<WebhookResponse> get(
            @PathParam("webhookId") UUID webhookId, @BeanParam IfNoneMatch ifNoneMatch) {
        return Responses.okUnlessNotModified(service.get(webhookId), ifNoneMatch);
    }

    @PATCH
    @Path("/{webhookId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateWebhook",
            summary = "Change a subscription (JSON Merge Patch); active: true " + "re-enables one the sender disabled")
    @RequestBody(
            content =
                    @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = WebhookUpdate.class)))
    public RestResponse<WebhookResponse> update(
            @PathParam("webhookId") UUID webhookId, @BeanParam IfMatch ifMatch, JsonNode patch) {
        return Responses.ok(service.update(webhookId, ifMatch.value(), patch));
    }

    @DELETE
    @Path("/{webhookId}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a subscription and its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("webhookId") UUID webhookId, @BeanParam IfMatch ifMatch) {
        service.delete(webhookId, ifMatch.value());
    }

    @POST
    @Path("/{webhookId}/rotate-secret")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "A new signing secret, in this response only; the old "
                    + "one also signs for tracker.webhooks.secret-overlap")
    @APIResponse(
            responseCode = "200",
            description = "Rotated, with the new secret",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    public RestResponse<WebhookResponse> rotate(@PathParam("webhookId") UUID webhookId, @BeanParam IfMatch ifMatch) {
        return Responses.ok(service.rotateSecret(webhookId, ifMatch.value()));
    }

    @POST
    @Path("/{webhookId}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replayWebhook",
            summary = "Deliver again every change after a feed cursor (and " + "re-enable the subscription)")
    @APIResponse(
            responseCode = "200",
            description = "Replaying",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    public RestResponse<WebhookResponse> replay(
            @PathParam("webhookId") UUID webhookId, @BeanParam IfMatch ifMatch, @NotNull ReplayRequest request) {
        return Responses.ok(service.replay(webhookId, ifMatch.value(), request));
    }

    @GET
    @Path("/{webhookId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log: every attempt, oldest first")
    public Page<DeliveryResponse> deliveries(
            @PathParam("webhookId") UUID webhookId,
            @QueryParam("outcome") DeliveryOutcome outcome,
            @BeanParam PageParams page) {
        return service.deliveries(webhookId, outcome, page.toRequest());
    }

    @POST
    @Path("/{webhookId}/test")
    @Operation(
            operationId = "testWebhook",
            summary = "Send a signed ping (webhook.test) now and say how the " + "receiver answered")
    @APIResponse(
            responseCode = "200",
            description = "The attempt",
            content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
    public DeliveryResponse test(@PathParam("webhookId") UUID webhookId) {
        return service.test(webhookId);
    }
}
