package org.imroc.tracker.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imroc.tracker.caller.Caller;
import org.imroc.tracker.caller.CurrentCaller;
import org.imroc.tracker.caller.SecurityEpochs;
import org.imroc.tracker.common.persistence.TrackedEntity;
import org.imroc.tracker.common.write.ChangeLog;
import org.imroc.tracker.common.write.Writes;

/**
 * Appends audit events. Must be called inside the transaction of the change (it refuses to run outside one), so
 * the change and its record commit or roll back together. Updates, transitions and deletes of a stored resource come
 * through {@link ChangeLog} from {@code Writes}, which works out their fields by comparing the resource's
 * representation before and after.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog implements ChangeLog {

    private static final String TRUST = "trust";
    /** Resource types whose changes change who may do what (users, their Trusts, keys, identity providers). */
    private static final Set<String> SECURITY_TYPES = Set.of("user", "api-key", "identity-provider");

    private final AuditEventRepository events;
    private final CurrentCaller caller;
    private final ObjectMapper mapper;
    private final SecurityEpochs epochs;
    private final TransactionSynchronizationRegistry transaction;

    public AuditLog(
            AuditEventRepository events,
            CurrentCaller caller,
            ObjectMapper mapper,
            SecurityEpochs epochs,
            TransactionSynchronizationRegistry transaction) {
        this.transaction = transaction;
        this.events = events;
        this.caller = caller;
        this.mapper = mapper;
        this.epochs = epochs;
    }

    public void created(String type, UUID trustId, UUID id, long version, Object state) {
        append(type, trustId, id, AuditKind.CREATED, fieldsOf(state), version);
    }

    /** An update whose changed fields the caller names (e.g. a bulk update that bypassed the entity). */
    @Override
    public void updatedFields(String type, UUID trustId, UUID id, long version, List<String> fields) {
        append(type, trustId, id, AuditKind.UPDATED, fields, version);
    }

    @Override
    public void transitioned(String type, UUID trustId, UUID id, long version, List<String> fields) {
        append(type, trustId, id, AuditKind.TRANSITIONED, fields, version);
    }

    @Override
    public void deleted(String type, UUID trustId, UUID id, long version) {
        append(type, trustId, id, AuditKind.DELETED, List.of(), version);
    }

    /** A privileged event of a user or key (revoked, password changed or reset), by the current caller. */
    public void security(String type, UUID id, AuditKind kind, long version) {
        append(type, null, id, kind, List.of(), version);
    }

    /**
     * A sign-in event, which has no authenticated caller: the actor is the client address it came from. Nothing of
     * the attempt (no password, no username typed) is kept beyond the user it names.
     */
    public void signIn(UUID userId, AuditKind kind, String clientAddress) {
        append(
                new Actor(null, "anonymous from " + clientAddress, "ANONYMOUS"),
                "user",
                null,
                userId,
                kind,
                List.of(),
                null);
    }

    /**
     * A user created or changed by a Trust's identity provider (a person's token, just in time): the actor is the
     * provider, named by its issuer, since no signed-in caller made the change.
     */
    public void byIdentityProvider(
            UUID providerId, String issuer, UUID userId, AuditKind kind, List<String> fields, long version) {
        append(
                new Actor(providerId, abbreviated("identity provider " + issuer), "IDENTITY_PROVIDER"),
                "user",
                null,
                userId,
                kind,
                fields,
                version);
    }

    private static String abbreviated(String name) {
        return name.length() <= 200 ? name : name.substring(0, 199) + "…";
    }

    private void append(String type, UUID trustId, UUID id, AuditKind kind, List<String> fields, Long version) {
        Caller who = caller.get();
        append(new Actor(who.id(), who.name(), who.kind().name()), type, trustId, id, kind, fields, version);
    }

    private void append(
            Actor who, String type, UUID trustId, UUID id, AuditKind kind, List<String> fields, Long version) {
        // Locked until this transaction ends: sequence numbers are handed out in commit order (see FeedCounter).
        // Before it is first taken, the change's own rows are written (and so locked), so no writer waits for a row
        // while holding the counter that the row's holder waits for.
        if (transaction.getResource(FeedCounter.class) == null) {
            events.getEntityManager().flush();
            transaction.putResource(FeedCounter.class, Boolean.TRUE);
        }
        FeedCounter counter =
                events.getEntityManager().find(FeedCounter.class, FeedCounter.ID, LockModeType.PESSIMISTIC_WRITE);
        long seq = counter.next();
        events.persist(new AuditEvent(
                seq, TrackedEntity.now(), who.id(), who.name(), who.kind(), trustId, type, id, kind, fields, version));
        if (SECURITY_TYPES.contains(type) && kind != AuditKind.SIGN_IN_FAILED && kind != AuditKind.LOCKED_OUT) {
            epochs.bump(); // who may do what changed: callers resolved before are resolved again
        }
        if (trustId != null) {
            // under the feed counter's lock: every writer takes the two in this order
            TrustVersion trust = events.getEntityManager().find(TrustVersion.class, trustId);
            if (trust == null) {
                events.getEntityManager().persist(new TrustVersion(trustId, seq));
            } else if (kind == AuditKind.DELETED && TRUST.equals(type)) {
                events.getEntityManager().remove(trust); // the Trust is gone: its roll-up is 404 from now on
            } else {
                trust.moveTo(seq);
            }
        }
    }

    /** Who made a change, as the audit event records it. */
    private record Actor(UUID id, String name, String kind) {}

    private List<String> fieldsOf(Object state) {
        List<String> names = new ArrayList<>();
        JsonNode tree = mapper.valueToTree(state);
        Iterator<String> it = tree.fieldNames();
        while (it.hasNext()) {
            String name = it.next();
            if (!Writes.BOOKKEEPING.contains(name) && !tree.get(name).isNull()) {
                names.add(name);
            }
        }
        return names;
    }
}
