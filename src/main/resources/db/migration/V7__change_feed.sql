-- The change feed: every audit event gets a sequence number allocated under a lock on feed_counter that is held
-- until the writing transaction commits, so sequence order is commit order and a reader that has seen number N has
-- seen every number below it.
create table feed_counter (
    id       integer not null primary key,
    last_seq bigint  not null
);

alter table audit_events add column seq bigint;

update audit_events set seq = (
    select count(*) from audit_events b
    where b.occurred_at < audit_events.occurred_at
       or (b.occurred_at = audit_events.occurred_at and b.id <= audit_events.id));

insert into feed_counter (id, last_seq) select 1, coalesce(max(seq), 0) from audit_events;

alter table audit_events alter column seq set not null;
alter table audit_events add constraint uq_audit_events_seq unique (seq);
create index ix_audit_events_trust_seq on audit_events (trust_id, seq);
