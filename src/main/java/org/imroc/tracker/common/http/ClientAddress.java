package org.imroc.tracker.common.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The address a request came from: the peer, or, behind a gateway that quarkus.http.proxy.* trusts, the client it
 * forwarded for. Sign-in throttles and anonymous request budgets are kept per address.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
    }

    public static String of(RoutingContext rc) {
        return of(rc.request());
    }
}
