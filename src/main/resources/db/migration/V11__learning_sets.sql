-- Action Learning Sets, communities of practice and collaboratives: Trusts working on the same challenge meet in
-- sessions, commit to what each will try before the next (actions of their own plans), report the same measures
-- monthly and compare. See docs/learning-sets.md.

create table learning_sets (
    id                     uuid           not null primary key,
    name                   varchar(200)   not null,
    purpose                varchar(4000),
    kind                   varchar(30)    not null,
    -- Challenge numbers, comma-separated in ascending order ("1,4").
    focus_challenges       varchar(40)    not null,
    starts_on              date           not null,
    ends_on                date,
    status                 varchar(20)    not null,
    -- Measure template codes every member reports, comma-separated in the order given.
    measure_template_codes varchar(1000)  not null,
    version                bigint         not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    constraint ck_learning_sets_kind check (kind in ('ACTION_LEARNING_SET', 'COMMUNITY_OF_PRACTICE', 'COLLABORATIVE')),
    constraint ck_learning_sets_status check (status in ('PLANNED', 'ACTIVE', 'CLOSED')),
    constraint ck_learning_sets_dates check (ends_on is null or ends_on >= starts_on)
);
create index ix_learning_sets_created on learning_sets (created_at, id);

create table learning_set_facilitators (
    learning_set_id uuid not null references learning_sets (id) on delete cascade,
    user_id         uuid not null references users (id),
    primary key (learning_set_id, user_id)
);
create index ix_learning_set_facilitators_user on learning_set_facilitators (user_id);

-- A Trust's membership of a set. Leaving keeps the row (left_on), so its reports keep their Trust and a Trust that
-- rejoins keeps its pseudonym: "Trust B" is the same Trust for ever within a set.
create table learning_set_members (
    id              uuid        not null primary key,
    learning_set_id uuid        not null references learning_sets (id) on delete cascade,
    trust_id        uuid        not null references trusts (id),
    pseudonym       varchar(20) not null,
    joined_on       date        not null,
    left_on         date,
    version         bigint      not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint uq_learning_set_members_trust unique (learning_set_id, trust_id),
    constraint uq_learning_set_members_pseudonym unique (learning_set_id, pseudonym)
);
create index ix_learning_set_members_trust on learning_set_members (trust_id);

create table learning_sessions (
    id              uuid           not null primary key,
    learning_set_id uuid           not null references learning_sets (id),
    held_on         date           not null,
    kind            varchar(30)    not null,
    agenda          varchar(20000),
    notes           varchar(20000),
    version         bigint         not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint ck_learning_sessions_kind check (kind in ('LEARNING_SESSION', 'ACTION_LEARNING_SET_MEETING', 'WEBINAR',
        'SITE_EXCHANGE'))
);
create index ix_learning_sessions_set on learning_sessions (learning_set_id, held_on, id);

create table learning_session_attendees (
    session_id uuid         not null references learning_sessions (id) on delete cascade,
    position   integer      not null,
    trust_id   uuid         not null references trusts (id),
    name       varchar(200) not null,
    role       varchar(200),
    primary key (session_id, position)
);

-- A commitment is an action of the committing Trust's plan, linked to the session it was made at.
alter table actions add column session_id uuid references learning_sessions (id);
create index ix_actions_session on actions (session_id);

create table learning_set_reports (
    id              uuid          not null primary key,
    learning_set_id uuid          not null references learning_sets (id),
    trust_id        uuid          not null references trusts (id),
    period          varchar(8)    not null,
    status          varchar(20)   not null,
    tried           varchar(4000),
    learned         varchar(4000),
    barriers        varchar(4000),
    help_wanted     varchar(4000),
    self_score      numeric(2, 1),
    faculty_score   numeric(2, 1),
    feedback        varchar(4000),
    submitted_at    timestamp(6) with time zone,
    reviewed_at     timestamp(6) with time zone,
    reviewed_by     uuid references users (id),
    version         bigint        not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint uq_learning_set_reports_period unique (learning_set_id, trust_id, period),
    constraint ck_learning_set_reports_status check (status in ('DRAFT', 'SUBMITTED', 'REVIEWED')),
    constraint ck_learning_set_reports_self check (self_score is null or (self_score between 1 and 5)),
    constraint ck_learning_set_reports_faculty check (faculty_score is null or (faculty_score between 1 and 5))
);
create index ix_learning_set_reports_set on learning_set_reports (learning_set_id, period, created_at, id);
create index ix_learning_set_reports_trust on learning_set_reports (trust_id, created_at, id);
