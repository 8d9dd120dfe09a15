-- POSTs made with an Idempotency-Key, so a retry replays the first response instead of repeating the work.
-- A row without response_status is in flight. Rows are purged after the retention period (at least 24 hours).
create table idempotency_keys (
    caller            varchar(200)  not null,
    idem_key          varchar(255)  not null,
    request_hash      varchar(64)   not null,
    started_at        timestamp(6) with time zone not null,
    response_status   integer,
    response_body     varchar(1000000),
    response_location varchar(2000),
    response_etag     varchar(100),
    primary key (caller, idem_key)
);

create index ix_idempotency_keys_started on idempotency_keys (started_at);
