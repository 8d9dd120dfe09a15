-- Organisations taking part in ImROC. services holds a comma-separated set of service areas.
create table trusts (
    id         uuid                     not null primary key,
    name       varchar(200)             not null,
    ods_code   varchar(5)               not null,
    region     varchar(100),
    services   varchar(200)             not null,
    status     varchar(20)              not null,
    joined_on  date,
    version    bigint                   not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint uq_trusts_ods_code unique (ods_code),
    constraint ck_trusts_status check (status in ('ACTIVE', 'PAUSED', 'COMPLETED'))
);

-- Keyset paging walks (created_at, id); filters by status use the second index.
create index ix_trusts_created on trusts (created_at, id);
create index ix_trusts_status_created on trusts (status, created_at, id);
