package org.imroc.tracker.common.paging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks a whole keyset-paged list batch by batch, each read in a short transaction of its own, for exports that
 * stream every matching row without holding them all in memory or one long transaction open.
 */
public final class Batches {

    private Batches() {}

    public static <T> void forEach(int size, Function<PageRequest, Page<T>> read, Consumer<List<T>> write) {
        Cursor after = null;
        do {
            PageRequest page = new PageRequest(size, after);
            Page<T> batch = QuarkusTransaction.requiringNew().call(() -> read.apply(page));
            write.accept(batch.items());
            after = batch.nextCursor() == null ? null : Cursor.decode(batch.nextCursor());
        } while (after != null);
    }
}
