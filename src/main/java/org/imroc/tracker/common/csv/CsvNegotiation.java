package org.imroc.tracker.common.csv;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Whether a client asked for CSV rather than JSON (by Accept, in order of preference; unreadable Accept = JSON). */
public final class CsvNegotiation {

    private static final MediaType CSV = MediaType.valueOf(CsvWriter.MEDIA_TYPE);

    private CsvNegotiation() {
    }

    public static boolean wantsCsv(HttpHeaders headers) {
        List<MediaType> acceptable;
        try {
            acceptable = headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return false;
            }
            if (CSV.isCompatible(type)) {
                return true;
            }
        }
        return false;
    }
}
