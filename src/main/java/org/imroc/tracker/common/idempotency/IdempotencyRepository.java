package org.imroc.tracker.common.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecordId> {

    public long deleteStartedBefore(Instant cutoff) {
        return delete("startedAt < ?1", cutoff);
    }
}
