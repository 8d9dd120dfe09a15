-- Events a webhook receiver failed to take, each retried on its own schedule so that one failing event never holds
-- back the ones after it. The subscription's cursor moves past an event once it is delivered, passed over, or
-- parked here; at most a few are parked per subscription (the sender stops taking new events while they wait).
create table webhook_retries (
    subscription_id  uuid        not null references webhook_subscriptions (id) on delete cascade,
    event_seq        bigint      not null,
    attempts         integer     not null,
    failing_since    timestamp(6) with time zone not null,
    next_attempt_at  timestamp(6) with time zone not null,
    primary key (subscription_id, event_seq)
);

-- How many events wait for a retry (the subscription's summary of webhook_retries, kept by the sender).
alter table webhook_subscriptions add column retrying integer default 0 not null;

-- Rows locked to serialise a rare action that must not race (creating a row two requests may both try to create),
-- portable between H2 and PostgreSQL where an upsert is not.
create table named_locks (
    name varchar(50) not null primary key
);
insert into named_locks (name) values ('login-throttle');
