package org.imroc.tracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last sequence number given to an audit event. Writers lock this single row to take the next number and hold
 * the lock until they commit, so numbers become visible in order, without gaps: the change feed can resume from the
 * last number a client saw and never miss an event committed later with a smaller number.
 */
@Entity
@Table(name = "feed_counter")
public class FeedCounter {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    protected FeedCounter() {}

    long next() {
        return ++lastSeq;
    }
}
