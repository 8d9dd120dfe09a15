package org.imroc.tracker.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.function.Supplier;
import org.imroc.tracker.common.idempotency.CallerId;
import org.imroc.tracker.common.idempotency.IdempotencyService;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Creates answer 201 with Location and ETag, once per Idempotency-Key: the one place that shape is built, so a
 * resource's create is a single call. A replay is checked against the caller's scope as it is now.
 */
@ApplicationScoped
public class Creations {

    private final IdempotencyService idempotency;
    private final CallerId caller;

    public Creations(IdempotencyService idempotency, CallerId caller) {
        this.idempotency = idempotency;
        this.caller = caller;
    }

    /**
     * Runs {@code create} (at most once per Idempotency-Key) and answers 201 with the body, its ETag and
     * {@code Location: <collection>/<id>}.
     *
     * @param collection the path the created item lives under, e.g. {@code /api/v1/actions}
     */
    public <T extends Identified> RestResponse<T> create(
            CreateParams params, Object request, Class<T> type, String collection, Supplier<T> create) {
        return idempotency.run(
                params.idempotencyKey(),
                params.path(),
                request,
                type,
                body -> !(body instanceof TrustOwned owned) || caller.scope().includes(owned.trustId()),
                () -> created(collection, create.get()));
    }

    /**
     * Runs a write that answers for itself (201 when it made something, 200 when it was all there already) at most
     * once per Idempotency-Key; a replay is answered only while the Trust it wrote to is in the caller's scope.
     */
    public <T extends TrustOwned> RestResponse<T> record(
            CreateParams params, Object request, Class<T> type, Supplier<RestResponse<T>> write) {
        return idempotency.run(
                params.idempotencyKey(),
                params.path(),
                request,
                type,
                body -> caller.scope().includes(body.trustId()),
                write);
    }

    /** 201 for a create that is not idempotent by key (its response holds a secret, or its request a password). */
    public static <T extends Identified> RestResponse<T> created(String collection, T body) {
        return Responses.created(URI.create(collection + "/" + body.id()), body, body.version());
    }
}
