package org.imroc.tracker.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The editable form of a subscription, which a merge patch is applied to; {@code active: true} re-enables it. */
public record WebhookUpdate(
        @NotBlank @Size(max = 2000) String url,

        @NotNull @Size(min = 1, max = 50)
        List<@NotNull @Size(max = 100) @Pattern(regexp = WebhookRequest.EVENT_TYPE) String> eventTypes,

        @Size(max = 500) List<@NotNull UUID> trustIds,
        boolean allTrusts,
        @Size(max = 500) String description,
        boolean active) {

    public WebhookUpdate {
        trustIds = trustIds == null ? List.of() : List.copyOf(trustIds);
    }

    static WebhookUpdate from(WebhookSubscription s) {
        return new WebhookUpdate(
                s.getUrl(),
                s.getEventTypes(),
                s.getTrustIds().stream().sorted().toList(),
                s.isAllTrusts(),
                s.getDescription(),
                s.isActive());
    }
}
