package org.imroc.tracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;

@ApplicationScoped
public class AuditService {

    private final AuditEventRepository events;
    private final CurrentCaller caller;

    public AuditService(AuditEventRepository events, CurrentCaller caller) {
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public Page<AuditEventResponse> list(
            UUID trustId, String resourceType, UUID resourceId, Instant from, Instant to, PageRequest page) {
        return page.toPage(
                events.page(caller.scope(), trustId, resourceType, resourceId, from, to, page),
                AuditEvent::cursor,
                AuditEventResponse::from);
    }
}
