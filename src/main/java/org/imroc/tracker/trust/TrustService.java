package org.imroc.tracker.trust;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.write.Writes;

/** Trusts: every caller sees only the Trusts in their scope; only administrators change them. */
@ApplicationScoped
public class TrustService {

    private static final String AUDIT_TYPE = "trust";

    private final TrustRepository trusts;
    private final MergePatch mergePatch;
    private final CurrentCaller caller;
    private final AuditLog audit;
    private final Writes writes;

    private final RequestValidation validation;

    public TrustService(
            TrustRepository trusts,
            MergePatch mergePatch,
            CurrentCaller caller,
            AuditLog audit,
            Writes writes,
            RequestValidation validation) {
        this.validation = validation;
        this.trusts = trusts;
        this.mergePatch = mergePatch;
        this.caller = caller;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public TrustResponse create(TrustRequest request) {
        validation.require(request);
        requireUniqueOdsCode(request.odsCode(), null);
        Trust trust = new Trust(request.name(), request.odsCode());
        apply(trust, request);
        trusts.persistAndFlush(trust);
        TrustResponse created = TrustResponse.from(trust);
        audit.created(AUDIT_TYPE, trust.getId(), trust.getId(), trust.getVersion(), created);
        return created;
    }

    @Transactional
    public Page<TrustResponse> list(TrustStatus status, String search, PageRequest page) {
        return page.toPage(trusts.page(caller.scope(), status, null, search, page), Trust::cursor, TrustResponse::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/decisions/0012)
    public TrustResponse get(UUID id) {
        return TrustResponse.from(find(id));
    }

    @Transactional
    public TrustResponse update(UUID id, String ifMatch, JsonNode patch) {
        Trust trust = find(id);
        return writes.update(AUDIT_TYPE, id, trust, ifMatch, TrustResponse::from, t -> {
            TrustRequest changed = mergePatch.apply(TrustRequest.from(t), patch, TrustRequest.class);
            requireUniqueOdsCode(changed.odsCode(), t.getId());
            apply(t, changed);
        });
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        writes.delete(AUDIT_TYPE, id, find(id), ifMatch, trusts::delete);
    }

    private Trust find(UUID id) {
        return trusts.requireInScope(id, caller.scope());
    }

    private void requireUniqueOdsCode(String odsCode, UUID self) {
        trusts.findByOdsCode(odsCode)
                .filter(other -> !other.getId().equals(self))
                .ifPresent(other -> {
                    throw ApiException.conflict("A Trust with ODS code " + odsCode + " already exists.");
                });
    }

    private static void apply(Trust trust, TrustRequest request) {
        trust.update(
                request.name(),
                request.odsCode(),
                request.region(),
                request.services(),
                request.status(),
                request.joinedOn());
    }
}
