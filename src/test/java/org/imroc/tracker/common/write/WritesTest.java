package org.imroc.tracker.common.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imroc.tracker.common.error.ApiException;
import org.imroc.tracker.common.error.ProblemType;
import org.imroc.tracker.common.persistence.TrackedEntity;
import org.junit.jupiter.api.Test;

/** The write sequence, without a database: a fake entity whose flush bumps its version, and a fake log. */
class WritesTest {

    private static final UUID TRUST = UUID.randomUUID();

    private final List<String> logged = new ArrayList<>();
    private final Thing thing = new Thing();
    /** What the guard saw: the thing's owner at each question; it refuses an owner named "Eve". */
    private final List<String> guarded = new ArrayList<>();

    private final WriteGuard guard = entity -> {
        String owner = ((Thing) entity).owner;
        guarded.add(owner);
        if (owner.equals("Eve")) {
            throw ApiException.forbidden("not Eve's to write");
        }
    };
    private final Writes writes = new Writes(new FakeLog(), thing::flush, new ObjectMapper(), guard);

    @Test
    void aStaleIfMatchChangesNothingAndAuditsNothing() {
        assertThatThrownBy(() -> writes.update("thing", TRUST, thing, "\"4\"", View::of, t -> t.title = "new"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
        assertThatThrownBy(() -> writes.transition("thing", TRUST, thing, null, View::of, t -> t.status = "DONE"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> writes.delete("thing", TRUST, thing, "\"4\"", t -> t.deleted = true))
                .isInstanceOf(ApiException.class);

        assertThat(thing.title).isEqualTo("old");
        assertThat(thing.status).isEqualTo("OPEN");
        assertThat(thing.deleted).isFalse();
        assertThat(thing.flushes).isZero();
        assertThat(logged).isEmpty();
    }

    @Test
    void anUpdateAuditsExactlyTheFieldsThatChangedAtTheNewVersion() {
        View after = writes.update("thing", TRUST, thing, "\"3\"", View::of, t -> {
            t.title = "new";
            t.owner = "Bob";
        });

        assertThat(after).isEqualTo(new View(thing.getId(), 4, "new", "Bob", "OPEN"));
        assertThat(logged).containsExactly("UPDATED thing " + TRUST + " " + thing.getId() + " v4 [owner, title]");
    }

    @Test
    void anUpdateThatChangesNothingAuditsNothing() {
        View after = writes.update("thing", TRUST, thing, "*", View::of, t -> t.title = "old");

        assertThat(after.title()).isEqualTo("old");
        assertThat(thing.flushes).isEqualTo(1);
        assertThat(logged).isEmpty();
    }

    @Test
    void aTransitionAuditsTheFieldsItChanged() {
        writes.transition("thing", TRUST, thing, "\"3\"", View::of, t -> {
            t.status = "DONE";
            t.owner = "Bob";
        });

        assertThat(logged).containsExactly("TRANSITIONED thing " + TRUST + " " + thing.getId() + " v4 [owner, status]");
    }

    @Test
    void aDeleteRemovesFlushesAndAudits() {
        writes.delete("thing", null, thing, "\"3\"", t -> t.deleted = true);

        assertThat(thing.deleted).isTrue();
        assertThat(thing.flushes).isEqualTo(1);
        assertThat(logged).containsExactly("DELETED thing null " + thing.getId() + " v3");
    }

    @Test
    void aPlainWriteChecksIfMatchAndFlushesButLeavesTheRecordToTheCaller() {
        assertThatThrownBy(() -> writes.write(thing, "\"2\"", t -> t.title = "new"))
                .isInstanceOf(ApiException.class);
        writes.write(thing, "\"3\"", t -> t.title = "new");

        assertThat(thing.title).isEqualTo("new");
        assertThat(thing.getVersion()).isEqualTo(4);
        assertThat(logged).isEmpty();
    }

    @Test
    void theGuardIsAskedBeforeAndAfterTheChangeAndARefusedMoveIsNeitherFlushedNorAudited() {
        writes.update("thing", TRUST, thing, "\"3\"", View::of, t -> t.owner = "Bob");
        assertThat(guarded).containsExactly("Ann", "Bob");

        guarded.clear();
        assertThatThrownBy(() -> writes.update("thing", TRUST, thing, "\"4\"", View::of, t -> t.owner = "Eve"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
        assertThat(guarded).containsExactly("Bob", "Eve");
        assertThat(thing.flushes).isEqualTo(1);
        assertThat(logged).hasSize(1); // only the first update's
    }

    @Test
    void aRefusedRecordIsNeitherChangedNorDeleted() {
        thing.owner = "Eve";
        assertThatThrownBy(() -> writes.transition("thing", TRUST, thing, "\"3\"", View::of, t -> t.status = "DONE"))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> writes.delete("thing", TRUST, thing, "\"3\"", t -> t.deleted = true))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> writes.write(thing, "\"3\"", t -> t.title = "new"))
                .isInstanceOf(ApiException.class);

        assertThat(thing.status).isEqualTo("OPEN");
        assertThat(thing.deleted).isFalse();
        assertThat(thing.title).isEqualTo("old");
        assertThat(thing.flushes).isZero();
        assertThat(logged).isEmpty();
    }

    /** A stored resource as the tests need it: flushing a changed one moves its version on, as Hibernate does. */
    static final class Thing extends TrackedEntity {
        private final UUID id = UUID.randomUUID();
        private long version = 3;
        private String flushed = "old Ann OPEN";
        String title = "old";
        String owner = "Ann";
        String status = "OPEN";
        boolean deleted;
        int flushes;

        void flush() {
            flushes++;
            String now = title + " " + owner + " " + status;
            if (!now.equals(flushed)) {
                flushed = now;
                version++;
            }
        }

        @Override
        public UUID getId() {
            return id;
        }

        @Override
        public long getVersion() {
            return version;
        }
    }

    record View(UUID id, long version, String title, String owner, String status) {
        static View of(Thing t) {
            return new View(t.getId(), t.getVersion(), t.title, t.owner, t.status);
        }
    }

    private final class FakeLog implements ChangeLog {
        @Override
        public void updatedFields(String type, UUID trustId, UUID id, long version, List<String> fields) {
            logged.add("UPDATED " + type + " " + trustId + " " + id + " v" + version + " " + fields);
        }

        @Override
        public void transitioned(String type, UUID trustId, UUID id, long version, List<String> fields) {
            logged.add("TRANSITIONED " + type + " " + trustId + " " + id + " v" + version + " " + fields);
        }

        @Override
        public void deleted(String type, UUID trustId, UUID id, long version) {
            logged.add("DELETED " + type + " " + trustId + " " + id + " v" + version);
        }
    }
}
