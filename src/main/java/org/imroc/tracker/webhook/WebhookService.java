package org.imroc.tracker.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.audit.AuditEventRepository;
import org.imroc.tracker.audit.AuditKind;
import org.imroc.tracker.audit.AuditLog;
import org.imroc.tracker.audit.ChangeFeedService;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.http.MergePatch;
import org.imroc.tracker.common.http.RequestValidation;
import org.imroc.tracker.common.net.TargetPolicy;
import org.imroc.tracker.common.paging.Page;
import org.imroc.tracker.common.paging.PageRequest;
import org.imroc.tracker.common.write.Writes;
import org.imroc.tracker.trust.TrustRepository;

/**
 * Webhook subscriptions, for administrators. A new subscription starts at the feed's latest position (it is told
 * of changes from now on; replay goes back). Its target is checked against {@link TargetPolicy} when saved, and
 * again before every delivery.
 */
@ApplicationScoped
public class WebhookService {

    static final String AUDIT_TYPE = "webhook";

    private final WebhookRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final RetryRepository retries;
    private final AuditEventRepository events;
    private final TrustRepository trusts;
    private final WebhookSender sender;
    private final WebhookDispatcher dispatcher;
    private final TrackerConfig config;
    private final MergePatch mergePatch;
    private final RequestValidation validation;
    private final AuditLog audit;
    private final Writes writes;

    public WebhookService(
            WebhookRepository subscriptions,
            DeliveryRepository deliveries,
            RetryRepository retries,
            AuditEventRepository events,
            TrustRepository trusts,
            WebhookSender sender,
            WebhookDispatcher dispatcher,
            TrackerConfig config,
            MergePatch mergePatch,
            RequestValidation validation,
            AuditLog audit,
            Writes writes) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.retries = retries;
        this.events = events;
        this.trusts = trusts;
        this.sender = sender;
        this.dispatcher = dispatcher;
        this.config = config;
        this.mergePatch = mergePatch;
        this.validation = validation;
        this.audit = audit;
        this.writes = writes;
    }

    @Transactional
    public WebhookResponse create(WebhookRequest request) {
        validation.require(request);
        String secret = Signatures.newSecret();
        WebhookSubscription s = new WebhookSubscription(secret, events.latestSeq());
        apply(s, request.form());
        subscriptions.persistAndFlush(s);
        WebhookResponse created = WebhookResponse.from(s, secret);
        audit.created(AUDIT_TYPE, null, s.getId(), s.getVersion(), WebhookResponse.from(s, null));
        return created;
    }

    @Transactional
    public Page<WebhookResponse> list(Boolean active, PageRequest page) {
        return page.toPage(
                subscriptions.page(active, page), WebhookSubscription::cursor, s -> WebhookResponse.from(s, null));
    }

    @Transactional
    public WebhookResponse get(UUID id) {
        return WebhookResponse.from(find(id), null);
    }

    @Transactional
    public WebhookResponse update(UUID id, String ifMatch, JsonNode patch) {
        WebhookSubscription s = find(id);
        return writes.update(
                AUDIT_TYPE,
                null,
                s,
                ifMatch,
                w -> WebhookResponse.from(w, null),
                w -> apply(w, mergePatch.apply(WebhookUpdate.from(w), patch, WebhookUpdate.class)));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        WebhookSubscription s = find(id);
        writes.delete(AUDIT_TYPE, null, s, ifMatch, w -> {
            deliveries.delete("subscriptionId", id);
            subscriptions.delete(w);
        });
    }

    /** A new secret, shown once; the old one keeps signing for the configured overlap. */
    @Transactional
    public WebhookResponse rotateSecret(UUID id, String ifMatch) {
        WebhookSubscription s = find(id);
        String secret = Signatures.newSecret();
        writes.write(
                s,
                ifMatch,
                w -> w.rotate(secret, Instant.now().plus(config.webhooks().secretOverlap())));
        audit.security(AUDIT_TYPE, id, AuditKind.UPDATED, s.getVersion()); // a security event, not a diff
        return WebhookResponse.from(s, secret);
    }

    /** Deliveries start again after the cursor (and the subscription is active again, if it was not). */
    @Transactional
    public WebhookResponse replay(UUID id, String ifMatch, ReplayRequest request) {
        validation.require(request);
        WebhookSubscription s = find(id);
        writes.write(s, ifMatch, w -> {
            long after = request.after() == null || request.after().isBlank()
                    ? 0
                    : ChangeFeedService.positionOf(request.after());
            w.replayAfter(after);
            retries.forgetAfter(id, after);
            enable(w);
        });
        // the feed position is not in the representation, so no diff would show it: the fields are named
        audit.updatedFields(AUDIT_TYPE, null, id, s.getVersion(), List.of("position", "active"));
        return WebhookResponse.from(s, null);
    }

    @Transactional
    public Page<DeliveryResponse> deliveries(UUID id, DeliveryOutcome outcome, PageRequest page) {
        find(id);
        return page.toPage(deliveries.page(id, outcome, page), WebhookDelivery::cursor, DeliveryResponse::from);
    }

    /** Sends a ping now ({@code webhook.test}, outside the feed) and answers with how the receiver took it. */
    public DeliveryResponse test(UUID id) {
        WebhookSubscription s =
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> find(id));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subscriptionId", id);
        data.put("message", "A test from the ImROC change tracker");
        Message ping = new Message(
                "msg_test_" + UUID.randomUUID().toString().replace("-", ""),
                "webhook.test",
                null,
                dispatcher.body("webhook.test", Instant.now(), data));
        WebhookSender.Result result = sender.send(s.getUrl(), ping, s.signingSecrets(Instant.now()));
        WebhookDelivery delivery = new WebhookDelivery(
                id,
                ping,
                1,
                result,
                result.succeeded() ? DeliveryOutcome.SUCCEEDED : DeliveryOutcome.FAILED,
                null,
                Instant.now());
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> deliveries.persist(delivery));
        return DeliveryResponse.from(delivery);
    }

    /** Active again: events parked while it was off are due at once, their failing time counted afresh. */
    private void enable(WebhookSubscription s) {
        if (s.enable()) {
            retries.restart(s.getId(), Instant.now());
        }
    }

    private WebhookSubscription find(UUID id) {
        return subscriptions.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Webhook", id));
    }

    private void apply(WebhookSubscription s, WebhookUpdate form) {
        try {
            sender.requireAllowed(form.url());
        } catch (TargetPolicy.Refused e) {
            throw ApiException.invalid("url", e.getMessage());
        }
        Set<UUID> trustIds = new HashSet<>(form.trustIds());
        if (form.allTrusts() && !trustIds.isEmpty()) {
            throw ApiException.invalid("trustIds", "must be empty when allTrusts is true");
        }
        if (!form.allTrusts() && trustIds.isEmpty()) {
            throw ApiException.invalid("trustIds", "name the Trusts, or set allTrusts to true");
        }
        trusts.requireAllExist(trustIds, "trustIds");
        s.describe(form.url(), form.description(), form.eventTypes(), form.allTrusts(), trustIds);
        if (form.active()) {
            enable(s);
        } else if (s.isActive()) {
            s.disable("disabled by an administrator");
        }
    }
}
