package org.imroc.tracker.common.csv;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.imroc.tracker.common.http.Negotiation;

/** Whether a client asked for CSV rather than JSON (by Accept, in order of preference; unreadable Accept = JSON). */
public final class CsvNegotiation {

    private static final MediaType CSV = MediaType.valueOf(CsvWriter.MEDIA_TYPE);

    private CsvNegotiation() {}

    public static boolean wantsCsv(HttpHeaders headers) {
        return Negotiation.preferred(headers, MediaType.APPLICATION_JSON_TYPE, CSV)
                .equals(CSV);
    }
}
