package org.imroc.tracker.action;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of actions (documents the JSON shape of the action list, which can also answer CSV). */
public record ActionPage(
        List<ActionResponse> items,
        @Schema(description = "Opaque cursor for the next page; null when this is the last page") String nextCursor) {
}
