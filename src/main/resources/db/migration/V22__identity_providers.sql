-- Issue 25: a Trust's own identity provider (OpenID Connect). Its staff sign in with their organisation's account;
-- the first valid token of a person creates their tracker user (just in time), identified by (provider, subject).

create table identity_providers (
    id              uuid          not null primary key,
    trust_id        uuid          not null references trusts (id),
    -- The token's iss, exactly; one provider per issuer, so a token names one Trust.
    issuer          varchar(500)  not null,
    audience        varchar(200)  not null,
    tenant_id       varchar(100),
    username_claim  varchar(30)   not null,
    roles_claim     varchar(30)   not null,
    -- [{"claimValue","role","unitIds"}] as JSON, checked by the service (the units are the Trust's).
    role_mappings   varchar(20000) not null,
    local_sign_in   boolean       not null,
    active          boolean       not null,
    -- From the discovery document, read when the provider is saved and checked against the address rules.
    jwks_uri        varchar(2000) not null,
    discovered_at   timestamp(6) with time zone not null,
    version         bigint        not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint uq_identity_providers_issuer unique (issuer),
    constraint ck_identity_providers_username_claim check (username_claim in ('preferred_username', 'upn', 'email')),
    constraint ck_identity_providers_roles_claim check (roles_claim in ('groups', 'roles'))
);
create index ix_identity_providers_trust on identity_providers (trust_id);

-- A user created by a provider: (provider, sub) is the person; never matched by username. A provider's deletion
-- disables its users and leaves identity_provider_id empty (their history stays theirs).
alter table users add column identity_provider_id uuid references identity_providers (id);
alter table users add column subject varchar(255);
alter table users add constraint uq_users_provider_subject unique (identity_provider_id, subject);
-- A provider's users are named "<username claim>@<provider>", which may be longer than a tracker username.
alter table users alter column username set data type varchar(150);
