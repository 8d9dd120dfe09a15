-- The last change-feed number of each Trust: what a roll-up's ETag is decided from, so a conditional GET is
-- answered 304 from one row without computing any figure. Written by AuditLog while it holds the feed_counter
-- lock, so writers take the two locks in the same order and never deadlock. No foreign key: a deleted Trust's row
-- stays, harmless.
create table trust_versions (
    trust_id  uuid   not null primary key,
    last_seq  bigint not null
);

insert into trust_versions (trust_id, last_seq)
select t.id, coalesce((select max(a.seq) from audit_events a where a.trust_id = t.id), 0) from trusts t;

-- The version of who may do what: moved on (by AuditLog) with every change to a user, their Trusts or an
-- integration key. Every request reads it (one row) and reuses the caller it resolved before only while it has
-- not moved, so a disabled user or changed grant takes effect on the next request, on every instance.
create table security_epoch (
    id    integer not null primary key,
    epoch bigint  not null
);
insert into security_epoch (id, epoch) values (1, 0);
