package org.imroc.tracker.progress;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProgrammePage(
        List<ProgrammeRowResponse> items,
        @Schema(description = "Opaque cursor for the next page; null when this is the last page") String nextCursor) {
}
