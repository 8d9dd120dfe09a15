package org.imroc.tracker.caller;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The version of who may do what (one row): it moves on with every change to a user, their role or Trusts, or an
 * integration key, in the transaction of the change. A caller resolved under one epoch is reused only while the
 * epoch has not moved, so revocation is immediate on every instance at the cost of one tiny read per request.
 */
@Entity
@Table(name = "security_epoch")
public class SecurityEpoch {

    static final int ID = 1;

    @Id
    private int id;

    @Column(nullable = false)
    private long epoch;

    protected SecurityEpoch() {}

    public long getEpoch() {
        return epoch;
    }
}
