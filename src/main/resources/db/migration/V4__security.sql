-- Users, their Trusts, integration keys and login throttling.
create table users (
    id                     uuid          not null primary key,
    username               varchar(50)   not null,
    display_name           varchar(200)  not null,
    email                  varchar(254)  not null,
    role                   varchar(20)   not null,
    active                 boolean       not null,
    password_hash          varchar(100)  not null,
    credentials_changed_at timestamp(6) with time zone not null,
    version                bigint        not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    constraint uq_users_username unique (username),
    constraint ck_users_role check (role in ('ADMIN', 'CONSULTANT', 'TRUST_LEAD'))
);
create index ix_users_created on users (created_at, id);

-- A consultant's assigned Trusts, or a Trust lead's one Trust. A Trust with people assigned cannot be deleted.
create table user_trusts (
    user_id  uuid not null references users (id) on delete cascade,
    trust_id uuid not null references trusts (id),
    primary key (user_id, trust_id)
);
create index ix_user_trusts_trust on user_trusts (trust_id);

-- Integration keys: only a SHA-256 of the key is stored. No Trusts listed = every Trust.
create table api_keys (
    id         uuid          not null primary key,
    name       varchar(100)  not null,
    key_hash   varchar(64)   not null,
    key_prefix varchar(12)   not null,
    expires_on date,
    revoked_at timestamp(6) with time zone,
    created_by uuid          not null,
    version    bigint        not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint uq_api_keys_hash unique (key_hash)
);
create index ix_api_keys_created on api_keys (created_at, id);

create table api_key_trusts (
    api_key_id uuid not null references api_keys (id) on delete cascade,
    trust_id   uuid not null references trusts (id),
    primary key (api_key_id, trust_id)
);
create index ix_api_key_trusts_trust on api_key_trusts (trust_id);

-- Failed logins per username (known or not), so repeated guessing is slowed down on every instance.
create table login_throttle (
    username          varchar(200) not null primary key,
    failures          integer      not null,
    window_started_at timestamp(6) with time zone not null,
    locked_until      timestamp(6) with time zone
);
