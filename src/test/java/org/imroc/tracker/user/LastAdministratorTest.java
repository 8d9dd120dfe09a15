package org.imroc.tracker.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.imroc.tracker.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Two administrators demoting each other at the same moment cannot leave no administrator: the rule is checked under
 * a lock. To make them the only two, the other administrators are switched off for the duration of the test.
 */
@QuarkusTest
class LastAdministratorTest {

    @Inject
    EntityManager em;

    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOne() throws Exception {
        for (int round = 0; round < 5; round++) {
            Api.TestUser a = Api.createUser("ADMIN", List.of());
            Api.TestUser b = Api.createUser("ADMIN", List.of());
            List<UUID> others = otherActiveAdministrators(a.id(), b.id());
            setActive(others, false);
            try {
                List<Integer> answers = demoteEachOther(a, b);
                // the loser gets 409 when the two overlap, or 403 when the winner committed before the loser's
                // request was authorised (it is then no longer an administrator); never both 200
                assertThat(answers)
                        .as("round " + round)
                        .containsOnlyOnce(200)
                        .allMatch(status -> status == 200 || status == 409 || status == 403);
                assertThat(activeAdministrators()).as("round " + round).isEqualTo(1);
            } finally {
                setActive(others, true);
            }
        }
    }

    private static List<Integer> demoteEachOther(Api.TestUser a, Api.TestUser b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<Integer> first = pool.submit(() -> demote(a, b, start));
            Future<Integer> second = pool.submit(() -> demote(b, a, start));
            start.countDown();
            return new ArrayList<>(List.of(first.get(), second.get()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static int demote(Api.TestUser by, Api.TestUser target, CountDownLatch start) throws InterruptedException {
        start.await();
        return by.request()
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body("{\"role\":\"CONSULTANT\"}")
                .patch("/api/v1/users/" + target.id())
                .statusCode();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> otherActiveAdministrators(String a, String b) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select u.id from User u where u.role = 'ADMIN' and u.active = true and u.id not in (:a, :b)")
                        .setParameter("a", UUID.fromString(a))
                        .setParameter("b", UUID.fromString(b))
                        .getResultList());
    }

    private void setActive(List<UUID> ids, boolean active) {
        if (!ids.isEmpty()) {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createQuery("update User u set u.active = :active where u.id in :ids")
                            .setParameter("active", active)
                            .setParameter("ids", ids)
                            .executeUpdate());
        }
    }

    private long activeAdministrators() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select count(u) from User u where u.role = 'ADMIN' and u.active = true", Long.class)
                        .getSingleResult());
    }
}
