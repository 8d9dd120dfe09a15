package org.imroc.tracker.apikey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.Preconditions;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.caller.CurrentCaller;

/** Administration of integration keys (administrators only; the resource says so). */
@ApplicationScoped
public class ApiKeyService {

    private final ApiKeyRepository keys;
    private final TrustRepository trusts;
    private final CurrentCaller caller;

    public ApiKeyService(ApiKeyRepository keys, TrustRepository trusts, CurrentCaller caller) {
        this.keys = keys;
        this.trusts = trusts;
        this.caller = caller;
    }

    @Transactional
    public ApiKeyCreatedResponse create(ApiKeyRequest request) {
        if (!request.trustIds().isEmpty() && trusts.count("id in ?1", request.trustIds()) != request.trustIds().size()) {
            throw ApiException.invalid("trustIds", "names a Trust that does not exist");
        }
        String secret = ApiKeySecrets.generate();
        ApiKey key = new ApiKey(request.name(), ApiKeySecrets.hash(secret), secret.substring(0, 12),
                request.trustIds(), request.expiresOn(), caller.get().id());
        keys.persistAndFlush(key);
        return new ApiKeyCreatedResponse(key.getId(), key.getName(), key.getTrustIds().stream().sorted().toList(),
                key.getExpiresOn(), secret, key.getKeyPrefix(), key.getVersion(), key.getCreatedAt());
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
        Preconditions.requireMatch(ifMatch, key.getVersion());
        key.revoke();
        keys.flush();
    }

    private ApiKey find(UUID id) {
        return keys.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("API key", id));
    }
}
