-- Hardening: sign-in throttled per username and client address, token versions, explicit all-Trust keys,
-- a lock for the last-administrator rule, and the audit kinds of privileged actions.

-- Throttle rows are transient (at most a day of failed sign-ins), so the table is simply recreated.
drop table login_throttle;
create table login_throttle (
    username          varchar(200) not null,
    client_address    varchar(64)  not null,
    attempts          integer      not null,
    window_started_at timestamp(6) with time zone not null,
    locked_until      timestamp(6) with time zone,
    lockouts          integer      not null,
    last_attempt_at   timestamp(6) with time zone not null,
    primary key (username, client_address)
);
create index ix_login_throttle_last_attempt on login_throttle (last_attempt_at);

-- Each token names the user's token version; a password change or reset moves it on, so no token issued before
-- survives, whatever second it was issued in.
alter table users add column token_version integer default 0 not null;

-- A key reads every Trust only when that was asked for; the keys made before, with no Trusts, were asked so.
alter table api_keys add column all_trusts boolean default false not null;
update api_keys set all_trusts = true
    where not exists (select 1 from api_key_trusts t where t.api_key_id = api_keys.id);

-- Named rows to lock when a rule spans many rows (e.g. "at least one active administrator").
create table rule_locks (
    name varchar(50) not null primary key
);
insert into rule_locks (name) values ('active-administrators');

alter table audit_events drop constraint ck_audit_events_kind;
alter table audit_events add constraint ck_audit_events_kind check (kind in ('CREATED', 'UPDATED', 'DELETED',
    'TRANSITIONED', 'REVOKED', 'PASSWORD_CHANGED', 'PASSWORD_RESET', 'SIGN_IN_FAILED', 'LOCKED_OUT'));
