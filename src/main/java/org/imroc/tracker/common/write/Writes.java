package org.imroc.tracker.common.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.imroc.tracker.common.http.Preconditions;
import org.imroc.tracker.common.persistence.TrackedEntity;

/**
 * The one sequence of a write to a stored resource that the service has already found in the caller's scope:
 * If-Match → guard → before → the service's change → guard → flush → after → audit by the diff of before and after.
 * The service keeps its domain lines (merge the patch, validate, check its rules, apply) in the change. The
 * {@link WriteGuard} is asked about the entity before the change and again after it, so a caller limited to some
 * units can neither change a record elsewhere nor move one there.
 *
 * <p>{@code type} and {@code trustId} say how the write is audited; {@code view} turns the entity into its response
 * record, and must not read the database more than once per write (compute what it needs beforehand).
 */
@ApplicationScoped
public class Writes {

    /** Fields every representation has that no change is about. */
    public static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "updatedAt");

    private final ChangeLog log;
    private final Runnable flush;
    private final ObjectMapper mapper;
    private final WriteGuard guard;

    @Inject
    public Writes(ChangeLog log, EntityManager entityManager, ObjectMapper mapper, WriteGuard guard) {
        this(log, entityManager::flush, mapper, guard);
    }

    Writes(ChangeLog log, Runnable flush, ObjectMapper mapper, WriteGuard guard) {
        this.log = log;
        this.flush = flush;
        this.mapper = mapper;
        this.guard = guard;
    }

    /** A PATCH: audited as UPDATED with the fields that changed, or not at all when none did. */
    public <E extends TrackedEntity, R> R update(
            String type,
            UUID trustId,
            E entity,
            String ifMatch,
            Function<? super E, R> view,
            Consumer<? super E> change) {
        return changeAndRecord(
                entity,
                ifMatch,
                view,
                change,
                fields -> log.updatedFields(type, trustId, entity.getId(), entity.getVersion(), fields));
    }

    /** A lifecycle move: audited as TRANSITIONED with the fields that changed (a move always changes its state). */
    public <E extends TrackedEntity, R> R transition(
            String type,
            UUID trustId,
            E entity,
            String ifMatch,
            Function<? super E, R> view,
            Consumer<? super E> change) {
        return changeAndRecord(
                entity,
                ifMatch,
                view,
                change,
                fields -> log.transitioned(type, trustId, entity.getId(), entity.getVersion(), fields));
    }

    /** A DELETE: {@code remove} checks what it must and deletes the entity (and what goes with it). */
    public <E extends TrackedEntity> void delete(
            String type, UUID trustId, E entity, String ifMatch, Consumer<? super E> remove) {
        Preconditions.requireMatch(ifMatch, entity.getVersion());
        guard.requireWritable(entity);
        remove.accept(entity);
        flush.run();
        log.deleted(type, trustId, entity.getId(), entity.getVersion());
    }

    /**
     * If-Match → change → flush, for a write whose record is not a diff (a security event, fields that no
     * representation shows): the caller audits it itself.
     */
    public <E extends TrackedEntity> void write(E entity, String ifMatch, Consumer<? super E> change) {
        Preconditions.requireMatch(ifMatch, entity.getVersion());
        guard.requireWritable(entity);
        change.accept(entity);
        guard.requireWritable(entity);
        flush.run();
    }

    private <E extends TrackedEntity, R> R changeAndRecord(
            E entity,
            String ifMatch,
            Function<? super E, R> view,
            Consumer<? super E> change,
            Consumer<List<String>> record) {
        Preconditions.requireMatch(ifMatch, entity.getVersion());
        guard.requireWritable(entity);
        R before = view.apply(entity);
        change.accept(entity);
        guard.requireWritable(entity); // before the flush: a refused move is never written
        flush.run();
        R after = view.apply(entity);
        List<String> fields = changedFields(before, after);
        if (!fields.isEmpty()) {
            record.accept(fields); // after the flush: the version is the one the write made
        }
        return after;
    }

    /** Top-level fields whose JSON value differs, bookkeeping fields excluded, in name order. */
    List<String> changedFields(Object before, Object after) {
        JsonNode a = mapper.valueToTree(before);
        JsonNode b = mapper.valueToTree(after);
        Set<String> names = new TreeSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            if (!BOOKKEEPING.contains(name) && !Objects.equals(a.get(name), b.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }
}
