package org.imroc.tracker.apikey;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.imroc.tracker.audit.AuditKind;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.trust.TrustRepository;

/** Administration of integration keys (administrators only; the resource says so). */
@ApplicationScoped
public class ApiKeyService {

    static final String AUDIT_TYPE = "api-key";

    private final ApiKeyRepository keys;
    private final TrustRepository trusts;
    private final CurrentCaller caller;
    private final AuditLog audit;
    private final Writes writes;

    private final RequestValidation validation;

    public ApiKeyService(
            ApiKeyRepository keys,
            TrustRepository trusts,
            CurrentCaller caller,
            AuditLog audit,
            Writes writes,
            RequestValidation validation) {
        this.validation = validation;
        this.keys = keys;
        this.trusts = trusts;
        this.caller = caller;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public ApiKeyCreatedResponse create(ApiKeyRequest request) {
        validation.require(request);
        if (request.allTrusts() && !request.trustIds().isEmpty()) {
            throw ApiException.invalid("trustIds", "must be empty when allTrusts is true");
        }
        if (!request.allTrusts() && request.trustIds().isEmpty()) {
            throw ApiException.invalid("trustIds", "name the Trusts the key may read, or set allTrusts to true");
        }
        trusts.requireAllExist(request.trustIds(), "trustIds");
        String secret = ApiKeySecrets.generate();
        ApiKey key = new ApiKey(
                request.name(),
                ApiKeySecrets.hash(secret),
                secret.substring(0, 12),
                request.trustIds(),
                request.allTrusts(),
                request.expiresOn(),
                request.disclosure(),
                caller.get().id());
        keys.persistAndFlush(key);
        audit.created(AUDIT_TYPE, null, key.getId(), key.getVersion(), ApiKeyResponse.from(key));
        Log.infof(
                "Integration key %s (%s, %s) created by %s",
                key.getId(),
                key.getKeyPrefix(),
                key.getDisclosure(),
                caller.get().id());
        return new ApiKeyCreatedResponse(
                key.getId(),
                key.getName(),
                key.getTrustIds().stream().sorted().toList(),
                key.isAllTrusts(),
                key.getDisclosure(),
                key.getExpiresOn(),
                secret,
                key.getKeyPrefix(),
                key.getVersion(),
                key.getCreatedAt());
    }

    @Transactional
    public Page<ApiKeyResponse> list(PageRequest page) {
        return page.toPage(keys.page(page), ApiKey::cursor, ApiKeyResponse::from);
    }

    @Transactional
    public ApiKeyResponse get(UUID id) {
        return ApiKeyResponse.from(find(id));
    }

    /** Revokes the key: the next request made with it is refused. The record stays, for the audit trail. */
    @Transactional
    public void revoke(UUID id, String ifMatch) {
        ApiKey key = find(id);
        writes.write(key, ifMatch, ApiKey::revoke);
        audit.security(AUDIT_TYPE, key.getId(), AuditKind.REVOKED, key.getVersion()); // a security event, not a diff
        Log.infof("Integration key %s revoked by %s", key.getId(), caller.get().id());
    }

    private ApiKey find(UUID id) {
        return keys.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("API key", id));
    }
}
