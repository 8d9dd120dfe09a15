package org.imroc.tracker.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Which of the representations a resource offers the client prefers, by its Accept header in order of preference.
 * The first offered is the default: for no Accept, a wildcard, or an Accept that cannot be parsed.
 */
public final class Negotiation {

    private Negotiation() {}

    public static MediaType preferred(HttpHeaders headers, MediaType... offered) {
        List<MediaType> acceptable;
        try {
            acceptable = headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException unparseable) {
            return offered[0];
        }
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return offered[0];
            }
            for (MediaType candidate : offered) {
                if (candidate.isCompatible(type)) {
                    return candidate;
                }
            }
        }
        return offered[0];
    }

    public static boolean prefers(HttpHeaders headers, MediaType wanted, MediaType... offered) {
        return preferred(headers, offered).equals(wanted);
    }
}
