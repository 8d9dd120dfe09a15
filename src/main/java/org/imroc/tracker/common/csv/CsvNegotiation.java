package org.imroc.tracker.common.csv;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Whether a client asked for CSV rather than JSON (by Accept, in order of preference). */
public final class CsvNegotiation {

    private static final MediaType CSV = MediaType.valueOf(CsvWriter.MEDIA_TYPE);

    private CsvNegotiation() {
    }

    public static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType() || MediaType.APPLICATION_JSON_TYPE.isCompatible(acceptable)) {
                return false;
            }
            if (CSV.isCompatible(acceptable)) {
                return true;
            }
        }
        return false;
    }
}
