package org.imroc.tracker.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.imroc.tracker.audit.AuditEvent;
import org.imroc.tracker.audit.AuditEventRepository;
import org.imroc.tracker.audit.ChangeFeedService;
import org.imroc.tracker.common.config.TrackerConfig;

/**
 * Works through the change feed for every due subscription, on Quarkus' scheduler. Each subscription is leased by
 * one instance at a time (a conditional update), its next wanted event is sent, and its position moves past the
 * event only after a 2xx: a crash or restart at any point re-sends the same message (the same {@code webhook-id})
 * and loses none. Failures wait by the retry schedule with ±10 % jitter, or by the receiver's Retry-After on 429
 * and 503; 410 Gone disables the subscription, and so does failing for longer than {@code disable-after}.
 */
@ApplicationScoped
public class WebhookDispatcher {

    /** Messages sent to one subscription in one turn before the others get theirs. */
    static final int PER_TURN = 50;
    /** Events read at a time while looking for the next one a subscription wants. */
    private static final int SCAN = 200;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final String instance = UUID.randomUUID().toString();
    private final WebhookRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final AuditEventRepository events;
    private final WebhookSender sender;
    private final ObjectMapper mapper;
    private final List<Duration> schedule;
    private final Duration disableAfter;

    public WebhookDispatcher(WebhookRepository subscriptions, DeliveryRepository deliveries,
            AuditEventRepository events, WebhookSender sender, TrackerConfig config, ObjectMapper mapper) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.events = events;
        this.sender = sender;
        this.mapper = mapper;
        this.schedule = List.copyOf(config.webhooks().retrySchedule());
        this.disableAfter = config.webhooks().disableAfter();
    }

    /** What to send next to one subscription. */
    private record Pending(String url, List<String> secrets, int attempts, Instant failingSince, Message message) {
    }

    @Scheduled(every = "${tracker.webhooks.poll-every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void turn() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> subscriptions.dueIds(Instant.now(), 100));
        for (UUID id : due) {
            Instant now = Instant.now();
            if (!QuarkusTransaction.requiringNew().call(() -> subscriptions.lease(id, instance, now, now.plus(LEASE)))) {
                continue; // another instance has it, or it is no longer due
            }
            try {
                for (int i = 0; i < PER_TURN && deliverNext(id); i++) {
                    // the next message, while they succeed
                }
            } catch (RuntimeException e) {
                Log.warnf("Webhook subscription %s: delivery stopped by %s; it is retried on the next turn", id,
                        e.getClass().getSimpleName());
            } finally {
                QuarkusTransaction.requiringNew().run(() -> subscriptions.release(id, instance));
            }
        }
    }

    /** Sends the subscription's next wanted event; true when it was delivered and another may follow. */
    boolean deliverNext(UUID id) {
        Pending pending = QuarkusTransaction.requiringNew().call(() -> next(id));
        if (pending == null) {
            return false;
        }
        WebhookSender.Result result = sender.send(pending.url(), pending.message(), pending.secrets());
        return QuarkusTransaction.requiringNew().call(() -> settle(id, pending, result));
    }

    /** The next event after the subscription's position that it wants, passing over those it does not. */
    private Pending next(UUID id) {
        WebhookSubscription s = subscriptions.findById(id);
        if (s == null || !s.isActive() || s.getNextAttemptAt().isAfter(Instant.now())) {
            return null;
        }
        long position = s.getCursorSeq();
        while (true) {
            List<AuditEvent> batch = events.after(position, s.isAllTrusts() ? null : s.getTrustIds(), SCAN);
            for (AuditEvent e : batch) {
                if (s.wants(e.getResourceType(), kind(e))) {
                    if (e.getSeq() - 1 > s.getCursorSeq()) {
                        subscriptions.advance(id, instance, e.getSeq() - 1, Instant.now()); // passed over the rest
                    }
                    return new Pending(s.getUrl(), s.signingSecrets(Instant.now()), s.getAttempts(),
                            s.getFailingSince(), message(e));
                }
            }
            if (batch.size() < SCAN) {
                if (!batch.isEmpty()) {
                    subscriptions.advance(id, instance, batch.get(batch.size() - 1).getSeq(), Instant.now());
                }
                return null;
            }
            position = batch.get(batch.size() - 1).getSeq();
        }
    }

    /** Records the attempt and moves the subscription on, or schedules the retry, or disables it. */
    private boolean settle(UUID id, Pending pending, WebhookSender.Result result) {
        Instant now = Instant.now();
        int attempt = pending.attempts() + 1;
        if (result.succeeded()) {
            subscriptions.advance(id, instance, pending.message().seq(), now);
            deliveries.persist(new WebhookDelivery(id, pending.message(), attempt, result, DeliveryOutcome.SUCCEEDED,
                    null, now));
            return true;
        }
        Instant failingSince = pending.failingSince() == null ? now : pending.failingSince();
        String giveUp = result.status() != null && result.status() == 410 ? "the receiver answered 410 Gone"
                : !now.isBefore(failingSince.plus(disableAfter)) ? "failing since " + failingSince : null;
        if (giveUp != null) {
            subscriptions.disable(id, giveUp);
            deliveries.persist(new WebhookDelivery(id, pending.message(), attempt, result, DeliveryOutcome.GAVE_UP,
                    null, now));
            Log.warnf("Webhook subscription %s disabled: %s", id, giveUp);
            return false;
        }
        Instant next = now.plus(wait(attempt, result));
        subscriptions.retryAt(id, instance, attempt, failingSince, next);
        deliveries.persist(new WebhookDelivery(id, pending.message(), attempt, result, DeliveryOutcome.FAILED, next,
                now));
        return false;
    }

    /** The wait before attempt {@code attempt + 1}: Retry-After on 429/503, else the schedule with ±10 % jitter. */
    Duration wait(int attempt, WebhookSender.Result result) {
        if (result.retryAfter() != null && result.status() != null
                && (result.status() == 429 || result.status() == 503)) {
            return result.retryAfter().compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : result.retryAfter();
        }
        Duration base = schedule.get(Math.min(attempt, schedule.size()) - 1);
        double jitter = 0.9 + ThreadLocalRandom.current().nextDouble() * 0.2;
        return Duration.ofMillis(Math.max(1, (long) (base.toMillis() * jitter)));
    }

    static String kind(AuditEvent e) {
        return e.getKind().name().toLowerCase(Locale.ROOT);
    }

    /** The message of one change: thin data that names the resource; receivers fetch it with their key. */
    private Message message(AuditEvent e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("resourceType", e.getResourceType());
        data.put("resourceId", e.getResourceId());
        data.put("trustId", e.getTrustId());
        data.put("kind", e.getKind());
        data.put("version", e.getResourceVersion());
        data.put("changedFields", e.getChangedFields());
        data.put("cursor", ChangeFeedService.cursorAt(e.getSeq(), e.getOccurredAt()));
        String type = e.getResourceType() + "." + kind(e);
        return new Message("msg_" + e.getId().toString().replace("-", ""), type, e.getSeq(),
                body(type, e.getOccurredAt(), data));
    }

    String body(String type, Instant at, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", at.toString());
        body.put("data", data);
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook message could not be written", e);
        }
    }
}
