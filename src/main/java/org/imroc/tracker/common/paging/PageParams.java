package org.imroc.tracker.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every list takes ({@code @BeanParam PageParams page}), declared once. */
public class PageParams {

    @QueryParam("limit")
    @Parameter(
            description = "Page size",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            format = "int32",
                            minimum = "1",
                            maximum = "200",
                            defaultValue = "50"))
    Integer limit;

    @QueryParam("cursor")
    @Parameter(
            description = "nextCursor of the previous page",
            schema = @Schema(type = SchemaType.STRING, maxLength = Cursor.MAX_LENGTH, pattern = "^[A-Za-z0-9_-]+$"))
    String cursor;

    /** The page asked for; a bad limit or cursor is a 400 naming the parameter. */
    public PageRequest toRequest() {
        return PageRequest.of(limit, cursor);
    }
}
