package org.imroc.tracker.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.imroc.tracker.common.persistence.Contention;
import org.imroc.tracker.common.persistence.TrackedEntity;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Makes a POST safe to retry (the IETF Idempotency-Key draft). The key is claimed in its own short transaction;
 * the work and the stored response then commit together, so a response is recorded if and only if the work
 * happened. The same key and request replays the stored response; a different request → 422; a request still
 * in flight → 409. Failed requests release the key so the client can correct and retry.
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotencyRepository repository;
    private final ObjectMapper mapper;
    private final CallerId callerId;
    private final Duration takeoverAfter;
    private final Duration retention;

    public IdempotencyService(
            IdempotencyRepository repository, ObjectMapper mapper, CallerId callerId, TrackerConfig config) {
        this.repository = repository;
        this.mapper = mapper;
        this.callerId = callerId;
        this.takeoverAfter = config.idempotency().takeoverAfter();
        this.retention = config.idempotency().retention();
    }

    /**
     * Runs {@code action} once per key: without a key it simply runs it.
     *
     * @param path the request path, part of the request's fingerprint
     * @param request the parsed request body, the rest of the fingerprint
     */
    public <T> RestResponse<T> run(
            String key, String path, Object request, Class<T> bodyType, Supplier<RestResponse<T>> action) {
        return run(key, path, request, bodyType, body -> true, action);
    }

    /**
     * As {@link #run(String, String, Object, Class, Supplier)}, replaying a stored response only while
     * {@code mayReplay} accepts its body now (a caller who has since lost the Trust gets 404, not the old 201).
     */
    public <T> RestResponse<T> run(
            String key,
            String path,
            Object request,
            Class<T> bodyType,
            Predicate<T> mayReplay,
            Supplier<RestResponse<T>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 255) {
            throw ApiException.badRequest("Idempotency-Key must be 1 to 255 characters.");
        }
        IdempotencyRecordId id = new IdempotencyRecordId(callerId.current(), key);
        String hash = fingerprint(path, request);
        Claim claim = claim(id, hash);
        if (claim.replay() != null) {
            RestResponse<T> replayed = replay(claim.replay(), bodyType);
            if (replayed.getEntity() != null && !mayReplay.test(replayed.getEntity())) {
                throw new ApiException(
                        ProblemType.NOT_FOUND, "The resource this request created is not visible to you.");
            }
            return replayed;
        }
        try {
            return Contention.inNewTransaction(() -> {
                RestResponse<T> response = action.get();
                repository
                        .findById(id)
                        .complete(
                                response.getStatus(),
                                toJson(response.getEntity()),
                                response.getHeaderString(HttpHeaders.LOCATION),
                                response.getHeaderString(HttpHeaders.ETAG));
                return response;
            });
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> repository.deleteById(id));
            throw e;
        }
    }

    @Scheduled(
            every = "${tracker.idempotency.purge-every}",
            delayed = "5m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeExpired() {
        long removed = QuarkusTransaction.requiringNew()
                .call(() -> repository.deleteStartedBefore(Instant.now().minus(retention)));
        if (removed > 0) {
            Log.infof("Removed %d expired idempotency keys", removed);
        }
    }

    private Claim claim(IdempotencyRecordId id, String hash) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> claimInTransaction(id, hash));
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            // Another request inserted the same key at the same moment.
            return Contention.inNewTransaction(() -> {
                IdempotencyRecord existing = repository.findById(id);
                if (existing == null) {
                    throw e;
                }
                return judge(existing, hash);
            });
        }
    }

    private Claim claimInTransaction(IdempotencyRecordId id, String hash) {
        IdempotencyRecord existing = repository.findById(id);
        if (existing == null) {
            repository.persistAndFlush(new IdempotencyRecord(id, hash, TrackedEntity.now()));
            return new Claim(null);
        }
        if (!existing.isCompleted()
                && existing.sameRequest(hash)
                && existing.startedBefore(Instant.now().minus(takeoverAfter))) {
            existing.restart(TrackedEntity.now());
            repository.flush();
            return new Claim(null);
        }
        return judge(existing, hash);
    }

    private static Claim judge(IdempotencyRecord existing, String hash) {
        if (!existing.sameRequest(hash)) {
            throw new ApiException(
                    ProblemType.VALIDATION_FAILED, "This Idempotency-Key was already used for a different request.");
        }
        if (!existing.isCompleted()) {
            throw ApiException.conflict("A request with this Idempotency-Key is still being processed; retry later.");
        }
        return new Claim(existing);
    }

    private <T> RestResponse<T> replay(IdempotencyRecord stored, Class<T> bodyType) {
        T body;
        try {
            body = stored.getResponseBody() == null ? null : mapper.readValue(stored.getResponseBody(), bodyType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent response cannot be read", e);
        }
        RestResponse.ResponseBuilder<T> builder = RestResponse.ResponseBuilder.<T>create(stored.getResponseStatus())
                .entity(body)
                .header(REPLAYED_HEADER, "true");
        if (stored.getResponseLocation() != null) {
            builder.header(HttpHeaders.LOCATION, stored.getResponseLocation());
        }
        if (stored.getResponseEtag() != null) {
            builder.header(HttpHeaders.ETAG, stored.getResponseEtag());
        }
        return builder.build();
    }

    private String fingerprint(String path, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Request fingerprint failed", e);
        }
    }

    private String toJson(Object body) {
        try {
            return body == null ? null : mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response cannot be stored", e);
        }
    }

    /** Either the key is now ours (replay null) or there is a completed response to replay. */
    private record Claim(IdempotencyRecord replay) {}
}
