package org.imroc.tracker.common.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** An Idempotency-Key is scoped to the caller that sent it: two callers may use the same key. */
@Embeddable
public class IdempotencyRecordId implements Serializable {

    @Column(name = "caller", nullable = false, length = 200)
    private String caller;

    @Column(name = "idem_key", nullable = false, length = 255)
    private String key;

    protected IdempotencyRecordId() {}

    public IdempotencyRecordId(String caller, String key) {
        this.caller = caller;
        this.key = key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdempotencyRecordId other && caller.equals(other.caller) && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caller, key);
    }
}
