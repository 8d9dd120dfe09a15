package org.imroc.tracker.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as an administrator sets it up for an integration. */
public record WebhookRequest(
        @NotBlank
        @Size(max = 2000)
        @Schema(
                description = "An https URL (http only where the installation allows it)",
                examples = "https://dashboard.example.nhs.uk/hooks/imroc")
        String url,

        @Size(max = 50)
        @Schema(
                description = "\"*\" (every change, the default), a resource type (\"action\") or a "
                        + "type and kind (\"action.created\")")
        List<@NotNull @Size(max = 100) @Pattern(regexp = WebhookRequest.EVENT_TYPE) String> eventTypes,

        @Size(max = 500) @Schema(description = "The Trusts whose changes it is told of")
        List<@NotNull UUID> trustIds,

        @Schema(
                description = "Every Trust's changes, and changes that belong to no Trust (users, keys, learning "
                        + "sets); must be said explicitly")
        Boolean allTrusts,

        @Size(max = 500) String description,
        @Schema(description = "Defaults to true") Boolean active) {

    static final String EVENT_TYPE = "^(\\*|[a-z][a-z-]*(\\.[a-z_]+)?)$";

    public WebhookRequest {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        trustIds = trustIds == null ? List.of() : List.copyOf(trustIds);
    }

    WebhookUpdate form() {
        return new WebhookUpdate(
                url,
                eventTypes.isEmpty() ? List.of(WebhookSubscription.ALL) : eventTypes,
                trustIds,
                Boolean.TRUE.equals(allTrusts),
                description,
                active == null || active);
    }
}
