package org.imroc.tracker.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.imroc.tracker.audit.AuditEvent;
import org.imroc.tracker.audit.AuditEventRepository;
import org.imroc.tracker.audit.ChangeFeedService;
import org.imroc.tracker.common.config.TrackerConfig;
import org.imroc.tracker.common.persistence.Contention;

/**
 * Works through the change feed for every due subscription, on Quarkus' scheduler. Each subscription is leased by
 * one instance at a time (a conditional update, renewed while it sends, so an instance that dies is taken over within
 * {@link #LEASE}); events go out in feed order while the receiver answers 2xx. An event that fails is parked with a
 * retry schedule of its own ({@link WebhookRetry}: the schedule with ±10 % jitter, or the receiver's Retry-After on
 * 429 and 503) and later events carry on, up to {@link #MAX_RETRYING} parked at once. 410 Gone disables the
 * subscription, and so does an event failing for longer than {@code disable-after}. The position in the feed moves
 * only past events delivered, parked or not wanted, each in its own transaction: a crash at any point re-sends the
 * same message (the same {@code webhook-id}) and loses none.
 */
@ApplicationScoped
public class WebhookDispatcher {

    /** Messages sent to one subscription in one turn before the others get theirs. */
    static final int PER_TURN = 50;
    /** Failed events parked per subscription before it stops taking new ones (receivers see at most this many). */
    static final int MAX_RETRYING = 8;
    /** How long a lease lasts unless renewed: the longest an instance that died holds a subscription up. */
    static final Duration LEASE = Duration.ofSeconds(25);
    /** Events read at a time while looking for the next one a subscription wants. */
    private static final int SCAN = 200;

    private final String instance = UUID.randomUUID().toString();
    private final ReentrantLock turning = new ReentrantLock();
    private volatile boolean stopping;
    /**
     * Set by a JVM shutdown hook the moment a SIGTERM arrives: Quarkus starts closing its parts in its own hook at
     * the same time, before the ShutdownEvent that sets {@link #stopping}, so a delivery they cut short is known as
     * the stop and not reported as a failure.
     */
    private final AtomicBoolean processStopping = new AtomicBoolean();

    private final WebhookRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final RetryRepository retries;
    private final AuditEventRepository events;
    private final WebhookSender sender;
    private final ObjectMapper mapper;
    private final RetrySchedule schedule;
    private final Duration disableAfter;
    private final Duration turnBudget;

    public WebhookDispatcher(
            WebhookRepository subscriptions,
            DeliveryRepository deliveries,
            RetryRepository retries,
            AuditEventRepository events,
            WebhookSender sender,
            TrackerConfig config,
            ObjectMapper mapper) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.retries = retries;
        this.events = events;
        this.sender = sender;
        this.mapper = mapper;
        this.schedule = new RetrySchedule(config.webhooks().retrySchedule());
        this.disableAfter = config.webhooks().disableAfter();
        this.turnBudget = config.webhooks().timeout().plusSeconds(5);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processStopping.set(true), "webhook-sender-stop"));
    }

    /** What to send: the receiver, the secrets that sign, and the message. */
    private record Pending(String url, List<String> secrets, Message message) {}

    @Scheduled(
            every = "${tracker.webhooks.poll-every}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void turn() {
        if (stopping || !turning.tryLock()) {
            return;
        }
        try {
            for (UUID id : inTransaction(() -> subscriptions.dueIds(Instant.now(), 100))) {
                Instant now = Instant.now();
                if (stopping) {
                    return;
                }
                if (!inTransaction(() -> subscriptions.lease(id, instance, now, now.plus(LEASE)))) {
                    continue; // another instance has it, or it is no longer due
                }
                try {
                    serve(id);
                } catch (RuntimeException e) {
                    if (stopping || processStopping.get()) { // the service is going away: sent again after a start
                        Log.infof("Webhook subscription %s: delivery interrupted by the stop", id);
                    } else {
                        Log.warnf(
                                "Webhook subscription %s: delivery stopped by %s; it is retried on the next turn",
                                id, e.getClass().getSimpleName());
                    }
                } finally {
                    inTransaction(() -> {
                        subscriptions.release(id, instance);
                        return null;
                    });
                }
            }
        } finally {
            turning.unlock();
        }
    }

    /**
     * A graceful stop: no new turn starts, the one under way finishes its message (within the receiver timeout), and
     * every lease this instance holds is given up at once, before the database is closed, so another instance
     * carries on without waiting for the leases to run out.
     */
    void stop(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
        try {
            if (!turning.tryLock(turnBudget.toMillis(), TimeUnit.MILLISECONDS)) {
                Log.infof(
                        "Webhook sender: a delivery was still under way at shutdown; its lease runs out in %d s",
                        LEASE.toSeconds());
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            inTransaction(() -> subscriptions.releaseAll(instance));
        } finally {
            turning.unlock();
        }
    }

    /** One subscription's share of a turn: its due retries, then new events in feed order. */
    void serve(UUID id) {
        Instant until = Instant.now().plus(turnBudget);
        for (WebhookRetry retry : inTransaction(() -> retries.due(id, Instant.now(), MAX_RETRYING))) {
            if (stopping || Instant.now().isAfter(until) || !retryParked(id, retry.seq())) {
                break;
            }
        }
        for (int i = 0; i < PER_TURN && !stopping && Instant.now().isBefore(until) && deliverNext(id); i++) {
            // the next message, while the subscription may take more
        }
        inTransaction(() -> {
            List<WebhookRetry> parked = retries.of(id);
            Instant next = parked.size() < MAX_RETRYING
                    ? Instant.now()
                    : parked.stream()
                            .map(WebhookRetry::nextAttemptAt)
                            .min(Instant::compareTo)
                            .orElseThrow();
            subscriptions.reschedule(id, instance, parked, next);
            return null;
        });
    }

    /** Sends the subscription's next wanted event; true when another may follow in this turn. */
    boolean deliverNext(UUID id) {
        Pending pending = inTransaction(() -> next(id));
        if (pending == null) {
            return false;
        }
        WebhookSender.Result result = send(id, pending);
        return inTransaction(() -> settleNew(id, pending, result));
    }

    /** Sends a parked event again; true while the subscription is still active. */
    boolean retryParked(UUID id, long seq) {
        Pending pending = inTransaction(() -> {
            WebhookSubscription s = subscriptions.findById(id);
            AuditEvent event = events.atSeq(seq);
            return s == null || !s.isActive() || event == null
                    ? null
                    : new Pending(s.getUrl(), s.signingSecrets(Instant.now()), message(event));
        });
        if (pending == null) {
            return false;
        }
        WebhookSender.Result result = send(id, pending);
        return inTransaction(() -> settleRetry(id, pending, result));
    }

    private WebhookSender.Result send(UUID id, Pending pending) {
        inTransaction(() -> subscriptions.renew(id, instance, Instant.now().plus(LEASE)));
        return sender.send(pending.url(), pending.message(), pending.secrets());
    }

    /**
     * The next event after the subscription's position that it wants, passing over those it does not; none while it
     * is inactive, not due, or has as many events parked as it may.
     */
    private Pending next(UUID id) {
        WebhookSubscription s = subscriptions.findById(id);
        if (s == null || !s.isActive() || s.getRetrying() >= MAX_RETRYING) {
            return null;
        }
        long position = s.getCursorSeq();
        while (true) {
            List<AuditEvent> batch = events.after(position, s.isAllTrusts() ? null : s.getTrustIds(), SCAN);
            for (AuditEvent e : batch) {
                if (s.wants(e.getResourceType(), kind(e))) {
                    if (e.getSeq() - 1 > s.getCursorSeq()) {
                        subscriptions.advance(id, instance, e.getSeq() - 1); // passed over the rest
                    }
                    return new Pending(s.getUrl(), s.signingSecrets(Instant.now()), message(e));
                }
            }
            if (batch.size() < SCAN) {
                if (!batch.isEmpty()) {
                    subscriptions.advance(
                            id, instance, batch.get(batch.size() - 1).getSeq());
                }
                return null;
            }
            position = batch.get(batch.size() - 1).getSeq();
        }
    }

    /** A new event's first attempt: delivered, or parked for a retry; the position moves past it either way. */
    private boolean settleNew(UUID id, Pending pending, WebhookSender.Result result) {
        Instant now = Instant.now();
        long seq = pending.message().seq();
        if (result.succeeded()) {
            subscriptions.advance(id, instance, seq);
            log(id, pending, 1, result, DeliveryOutcome.SUCCEEDED, null, now);
            return true;
        }
        if (gone(result)) {
            return giveUp(id, pending, 1, result, "the receiver answered 410 Gone", now);
        }
        Instant next = now.plus(wait(1, result));
        retries.persist(new WebhookRetry(id, seq, now, next));
        subscriptions.advance(id, instance, seq);
        log(id, pending, 1, result, DeliveryOutcome.FAILED, next, now);
        return retries.count("key.subscriptionId", id) < MAX_RETRYING;
    }

    /** A parked event's later attempt: delivered, due again later, or the subscription gives up. */
    private boolean settleRetry(UUID id, Pending pending, WebhookSender.Result result) {
        Instant now = Instant.now();
        WebhookRetry retry = retries.find(id, pending.message().seq());
        if (retry == null) {
            return true; // an administrator replayed or re-enabled meanwhile
        }
        int attempt = retry.attempts() + 1;
        if (result.succeeded()) {
            retries.delete(retry);
            log(id, pending, attempt, result, DeliveryOutcome.SUCCEEDED, null, now);
            return true;
        }
        if (gone(result)) {
            return giveUp(id, pending, attempt, result, "the receiver answered 410 Gone", now);
        }
        if (retry.failingLongerThan(disableAfter, now)) {
            return giveUp(id, pending, attempt, result, "failing since " + retry.failingSince(), now);
        }
        Instant next = now.plus(wait(attempt, result));
        retry.failedAgain(next);
        log(id, pending, attempt, result, DeliveryOutcome.FAILED, next, now);
        return true;
    }

    private boolean giveUp(
            UUID id, Pending pending, int attempt, WebhookSender.Result result, String reason, Instant now) {
        subscriptions.disable(id, reason);
        log(id, pending, attempt, result, DeliveryOutcome.GAVE_UP, null, now);
        Log.warnf("Webhook subscription %s disabled: %s", id, reason);
        return false;
    }

    private void log(
            UUID id,
            Pending pending,
            int attempt,
            WebhookSender.Result result,
            DeliveryOutcome outcome,
            Instant next,
            Instant now) {
        deliveries.persist(new WebhookDelivery(id, pending.message(), attempt, result, outcome, next, now));
    }

    private static boolean gone(WebhookSender.Result result) {
        return result.status() != null && result.status() == 410;
    }

    /** The wait before attempt {@code attempt + 1}. */
    private Duration wait(int attempt, WebhookSender.Result result) {
        return schedule.after(
                attempt,
                result.status(),
                result.retryAfter(),
                ThreadLocalRandom.current().nextDouble());
    }

    static String kind(AuditEvent e) {
        return e.getKind().name().toLowerCase(Locale.ROOT);
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return Contention.inNewTransaction(work);
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
        return new Message(
                "msg_" + e.getId().toString().replace("-", ""), type, e.getSeq(), body(type, e.getOccurredAt(), data));
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
