package org.imroc.tracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
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
        if (caller.get().publicDisclosure()) {
            // its snapshots hold figures as recorded: a published dashboard's key never sees them unsuppressed
            throw ApiException.forbidden("A key with disclosure PUBLIC does not read the audit trail: its snapshots "
                    + "hold figures of people as recorded, which a published dashboard must not show.");
        }
        return page.toPage(
                events.page(caller.scope(), trustId, resourceType, resourceId, from, to, page),
                AuditEvent::cursor,
                AuditEventResponse::from);
    }
}
