-- Webhook subscriptions: the tracker tells an integration when something changed (Standard Webhooks v1). The outbox
-- is the change feed itself (audit_events, numbered in commit order): each subscription keeps the position of the
-- last event it has handled, so an event committed is an event that will be delivered, whatever crashes between.

create table webhook_subscriptions (
    id                     uuid          not null primary key,
    url                    varchar(2000) not null,
    description            varchar(500),
    event_types            varchar(2000) not null,
    all_trusts             boolean       not null,
    active                 boolean       not null,
    disabled_reason        varchar(500),
    -- whsec_… secrets: needed in clear to sign; never returned after creation or rotation, never logged.
    secret                 varchar(100)  not null,
    previous_secret        varchar(100),
    previous_secret_until  timestamp(6) with time zone,
    -- The last feed position handled (delivered, or not for this subscription), and the pending event's attempts.
    cursor_seq             bigint        not null,
    attempts               integer       not null,
    next_attempt_at        timestamp(6) with time zone not null,
    failing_since          timestamp(6) with time zone,
    -- Which instance is delivering, until when (several instances on one database never send the same attempt).
    lease_owner            varchar(64),
    lease_until            timestamp(6) with time zone,
    version                bigint        not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null
);
create index ix_webhook_subscriptions_due on webhook_subscriptions (active, next_attempt_at);

create table webhook_subscription_trusts (
    subscription_id uuid not null references webhook_subscriptions (id) on delete cascade,
    trust_id        uuid not null references trusts (id) on delete cascade,
    primary key (subscription_id, trust_id)
);

create table webhook_deliveries (
    id               uuid          not null primary key,
    subscription_id  uuid          not null references webhook_subscriptions (id) on delete cascade,
    message_id       varchar(64)   not null,
    event_type       varchar(100)  not null,
    event_seq        bigint,
    attempt          integer       not null,
    outcome          varchar(20)   not null,
    response_status  integer,
    duration_ms      bigint        not null,
    error            varchar(500),
    response_excerpt varchar(500),
    next_attempt_at  timestamp(6) with time zone,
    attempted_at     timestamp(6) with time zone not null,
    constraint ck_webhook_deliveries_outcome check (outcome in ('SUCCEEDED', 'FAILED', 'GAVE_UP'))
);
create index ix_webhook_deliveries_subscription on webhook_deliveries (subscription_id, attempted_at, id);
