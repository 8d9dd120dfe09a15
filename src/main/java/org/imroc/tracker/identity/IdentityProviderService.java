package org.imroc.tracker.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.caller.Role;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.persistence.TrackedEntity;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.trust.TrustRepository;
import org.imroc.tracker.unit.UnitRepository;
import org.imroc.tracker.user.UserRepository;

/**
 * Trusts' identity providers, for administrators. Saving one reads its issuer's discovery document first (outside
 * any transaction: it may take seconds), then writes. Every change is a security event: the epoch moves on, so each
 * instance reads the providers again on its next request (a provider made inactive or deleted stops its tokens at
 * once, a new one is used at once), with no restart.
 */
@ApplicationScoped
public class IdentityProviderService {

    static final String AUDIT_TYPE = "identity-provider";

    private final IdentityProviderRepository providers;
    private final TrustRepository trusts;
    private final UnitRepository units;
    private final UserRepository users;
    private final Discovery discovery;
    private final CurrentCaller caller;
    private final MergePatch mergePatch;
    private final RequestValidation validation;
    private final AuditLog audit;
    private final Writes writes;
    private final String ownIssuer;

    public IdentityProviderService(
            IdentityProviderRepository providers,
            TrustRepository trusts,
            UnitRepository units,
            UserRepository users,
            Discovery discovery,
            CurrentCaller caller,
            MergePatch mergePatch,
            RequestValidation validation,
            AuditLog audit,
            Writes writes,
            TrackerConfig config) {
        this.providers = providers;
        this.trusts = trusts;
        this.units = units;
        this.users = users;
        this.discovery = discovery;
        this.caller = caller;
        this.mergePatch = mergePatch;
        this.validation = validation;
        this.audit = audit;
        this.writes = writes;
        this.ownIssuer = config.jwt().issuer();
    }

    public IdentityProviderResponse create(UUID trustId, IdentityProviderRequest request) {
        validation.require(request);
        IdentityProviderUpdate form = request.form();
        QuarkusTransaction.requiringNew().run(() -> {
            trusts.requireInScope(trustId, caller.scope());
            check(trustId, form, null);
        });
        String jwksUri = discover(form.issuer());
        return QuarkusTransaction.requiringNew().call(() -> {
            trusts.requireInScope(trustId, caller.scope());
            check(trustId, form, null);
            IdentityProvider p = new IdentityProvider(trustId);
            p.configure(form);
            p.discovered(jwksUri, TrackedEntity.now());
            providers.persistAndFlush(p);
            IdentityProviderResponse created = IdentityProviderResponse.from(p);
            audit.created(AUDIT_TYPE, trustId, p.getId(), p.getVersion(), created);
            Log.infof(
                    "Identity provider %s (%s) connected to Trust %s by %s",
                    p.getId(), p.getIssuer(), trustId, caller.get().id());
            return created;
        });
    }

    @Transactional
    public Page<IdentityProviderResponse> list(UUID trustId, PageRequest page) {
        trusts.requireInScope(trustId, caller.scope());
        return page.toPage(providers.page(trustId, page), IdentityProvider::cursor, IdentityProviderResponse::from);
    }

    @Transactional
    public IdentityProviderResponse get(UUID id) {
        return IdentityProviderResponse.from(find(id));
    }

    /**
     * A merge patch. The discovery document is read again whenever the result is active (so a provider switched
     * back on, or pointed at a new issuer, is checked as when it was created), before the write; If-Match decides.
     */
    public IdentityProviderResponse update(UUID id, String ifMatch, JsonNode patch) {
        IdentityProviderUpdate form = QuarkusTransaction.requiringNew().call(() -> {
            IdentityProvider p = find(id);
            IdentityProviderUpdate patched =
                    mergePatch.apply(IdentityProviderUpdate.from(p), patch, IdentityProviderUpdate.class);
            check(p.getTrustId(), patched, id);
            return patched;
        });
        String jwksUri = form.active() ? discover(form.issuer()) : null;
        return QuarkusTransaction.requiringNew().call(() -> {
            IdentityProvider p = find(id);
            check(p.getTrustId(), form, id);
            return writes.update(AUDIT_TYPE, p.getTrustId(), p, ifMatch, IdentityProviderResponse::from, changed -> {
                changed.configure(form);
                if (jwksUri != null) {
                    changed.discovered(jwksUri, TrackedEntity.now());
                }
            });
        });
    }

    /** Deleted: its tokens stop at once, and the users it created are disabled (their history stays theirs). */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        IdentityProvider p = find(id);
        writes.delete(AUDIT_TYPE, p.getTrustId(), p, ifMatch, gone -> {
            int disabled = users.detachFromProvider(id);
            providers.delete(gone);
            Log.infof("Identity provider %s deleted; %d of its users disabled", id, disabled);
        });
    }

    private IdentityProvider find(UUID id) {
        return providers
                .findByIdOptional(id)
                .filter(p -> caller.scope().includes(p.getTrustId()))
                .orElseThrow(() -> ApiException.notFound("Identity provider", id));
    }

    private String discover(String issuer) {
        try {
            return discovery.jwksUri(issuer);
        } catch (Discovery.Refused e) {
            throw ApiException.invalid("issuer", e.getMessage());
        }
    }

    /** What bean validation cannot say: the mapped roles and units, and one provider per issuer. */
    private void check(UUID trustId, IdentityProviderUpdate form, UUID self) {
        if (form.issuer().equals(ownIssuer)) {
            throw ApiException.invalid("issuer", "is the tracker's own issuer");
        }
        providers
                .findByIssuer(form.issuer())
                .filter(other -> !other.getId().equals(self))
                .ifPresent(other -> {
                    throw ApiException.conflict(
                            "Identity provider " + other.getId()
                                    + " already has this issuer; a token names one Trust, so an issuer belongs to one provider.");
                });
        List<RoleMapping> mappings = form.roleMappings();
        for (int i = 0; i < mappings.size(); i++) {
            RoleMapping m = mappings.get(i);
            String at = "roleMappings[" + i + "]";
            if (m.role() != Role.TRUST_LEAD && m.role() != Role.UNIT_LEAD) {
                throw ApiException.invalid(
                        at + ".role",
                        "must be TRUST_LEAD or UNIT_LEAD: ADMIN and CONSULTANT never come from a Trust's identity provider");
            }
            if (m.role() == Role.TRUST_LEAD && !m.unitIds().isEmpty()) {
                throw ApiException.invalid(at + ".unitIds", "must be empty: only a UNIT_LEAD mapping has units");
            }
            if (m.role() == Role.UNIT_LEAD) {
                if (m.unitIds().isEmpty()) {
                    throw ApiException.invalid(
                            at + ".unitIds", "a UNIT_LEAD mapping names at least one unit of the Trust");
                }
                units.requireLeadUnits(trustId, Set.copyOf(m.unitIds()), Set.of(), at + ".unitIds");
            }
        }
    }
}
