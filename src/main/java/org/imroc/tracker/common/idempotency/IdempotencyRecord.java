package org.imroc.tracker.common.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A POST made with an Idempotency-Key: the fingerprint of the request and, once it has succeeded, the response
 * to replay. A record without a response is a request still in flight (or one that died with its process, which
 * a retry may take over once it is older than the transaction timeout).
 */
@Entity
@Table(name = "idempotency_keys")
public class IdempotencyRecord {

    @EmbeddedId
    private IdempotencyRecordId id;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "response_body", length = 1_000_000)
    private String responseBody;

    @Column(name = "response_location", length = 2000)
    private String responseLocation;

    @Column(name = "response_etag", length = 100)
    private String responseEtag;

    protected IdempotencyRecord() {}

    public IdempotencyRecord(IdempotencyRecordId id, String requestHash, Instant startedAt) {
        this.id = id;
        this.requestHash = requestHash;
        this.startedAt = startedAt;
    }

    public boolean isCompleted() {
        return responseStatus != null;
    }

    public boolean sameRequest(String hash) {
        return requestHash.equals(hash);
    }

    public boolean startedBefore(Instant instant) {
        return startedAt.isBefore(instant);
    }

    public void restart(Instant now) {
        startedAt = now;
    }

    public void complete(int status, String body, String location, String etag) {
        this.responseStatus = status;
        this.responseBody = body;
        this.responseLocation = location;
        this.responseEtag = etag;
    }

    public IdempotencyRecordId getId() {
        return id;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public Integer getResponseStatus() {
        return responseStatus;
    }

    public String getResponseBody() {
        return responseBody;
    }

    public String getResponseLocation() {
        return responseLocation;
    }

    public String getResponseEtag() {
        return responseEtag;
    }
}
