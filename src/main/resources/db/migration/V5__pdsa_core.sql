-- The PDSA core: goals (aims) with their progress scores, PDSA cycles with plan questions, reviews (Study + Act),
-- the Trust's action plan, and the append-only audit trail.

create table goals (
    id               uuid          not null primary key,
    trust_id         uuid          not null references trusts (id),
    challenge_number integer       not null references challenges (number),
    title            varchar(200)  not null,
    aim_statement    varchar(2000) not null,
    target_value     numeric(19, 4),
    unit             varchar(50),
    target_date      date          not null,
    priority         integer,
    owner            varchar(200),
    status           varchar(20)   not null,
    latest_score     numeric(2, 1),
    latest_score_at  timestamp(6) with time zone,
    version          bigint        not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    constraint ck_goals_status check (status in ('ACTIVE', 'ACHIEVED', 'DROPPED')),
    constraint ck_goals_priority check (priority is null or priority >= 1)
);
create index ix_goals_trust_created on goals (trust_id, created_at, id);

create table goal_progress_scores (
    id          uuid          not null primary key,
    goal_id     uuid          not null references goals (id),
    trust_id    uuid          not null references trusts (id),
    score       numeric(2, 1) not null,
    note        varchar(2000),
    recorded_by varchar(200)  not null,
    created_at  timestamp(6) with time zone not null,
    constraint ck_goal_progress_scores_score check (score between 0.5 and 5.0)
);
create index ix_goal_progress_scores_goal on goal_progress_scores (goal_id, created_at, id);

create table pdsa_cycles (
    id                     uuid          not null primary key,
    trust_id               uuid          not null references trusts (id),
    goal_id                uuid          not null references goals (id),
    sequence               integer       not null,
    previous_cycle_id      uuid          references pdsa_cycles (id),
    title                  varchar(200)  not null,
    change_idea            varchar(2000) not null,
    purpose                varchar(30)   not null,
    phase                  varchar(20)   not null,
    cancel_reason          varchar(2000),
    plan_objective         varchar(2000),
    plan_who               varchar(500),
    plan_where             varchar(500),
    plan_start             date,
    plan_end               date,
    plan_data_collection   varchar(4000),
    do_started_on          date,
    do_completed_on        date,
    do_as_planned          boolean,
    do_observations        varchar(8000),
    do_problems            varchar(4000),
    version                bigint        not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    constraint uq_pdsa_cycles_goal_sequence unique (goal_id, sequence),
    constraint ck_pdsa_cycles_phase check (phase in ('PLAN', 'DO', 'STUDY', 'ACT', 'CANCELLED')),
    constraint ck_pdsa_cycles_purpose check (purpose in ('COLLECT_INFORMATION', 'DEVELOP', 'TEST', 'IMPLEMENT'))
);
create index ix_pdsa_cycles_trust_created on pdsa_cycles (trust_id, created_at, id);
create index ix_pdsa_cycles_goal_created on pdsa_cycles (goal_id, created_at, id);

create table pdsa_cycle_questions (
    cycle_id   uuid          not null references pdsa_cycles (id) on delete cascade,
    position   integer       not null,
    question   varchar(1000) not null,
    prediction varchar(2000),
    primary key (cycle_id, position)
);

create table cycle_reviews (
    id                  uuid          not null primary key,
    trust_id            uuid          not null references trusts (id),
    cycle_id            uuid          not null references pdsa_cycles (id),
    reviewed_on         date          not null,
    matched_predictions varchar(10)   not null,
    summary             varchar(4000),
    decision            varchar(10)   not null,
    next_steps          varchar(4000),
    next_cycle_id       uuid          references pdsa_cycles (id),
    version             bigint        not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    constraint uq_cycle_reviews_cycle unique (cycle_id),
    constraint ck_cycle_reviews_decision check (decision in ('ADOPT', 'ADAPT', 'ABANDON')),
    constraint ck_cycle_reviews_matched check (matched_predictions in ('YES', 'PARTLY', 'NO'))
);
create index ix_cycle_reviews_trust_created on cycle_reviews (trust_id, created_at, id);

create table cycle_review_reviewers (
    review_id uuid         not null references cycle_reviews (id) on delete cascade,
    position  integer      not null,
    name      varchar(200) not null,
    primary key (review_id, position)
);

create table cycle_review_results (
    review_id uuid          not null references cycle_reviews (id) on delete cascade,
    position  integer       not null,
    question  varchar(1000) not null,
    outcome   varchar(4000),
    learning  varchar(4000),
    primary key (review_id, position)
);

create table actions (
    id               uuid          not null primary key,
    trust_id         uuid          not null references trusts (id),
    goal_id          uuid          references goals (id),
    cycle_id         uuid          references pdsa_cycles (id),
    challenge_number integer       references challenges (number),
    title            varchar(200)  not null,
    description      varchar(4000),
    owner            varchar(200)  not null,
    due_on           date          not null,
    status           varchar(20)   not null,
    blocked_reason   varchar(2000),
    completed_on     date,
    version          bigint        not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    constraint ck_actions_status check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED'))
);
create index ix_actions_trust_created on actions (trust_id, created_at, id);
create index ix_actions_trust_due on actions (trust_id, due_on);
create index ix_actions_goal on actions (goal_id);
create index ix_actions_cycle on actions (cycle_id);

-- Append-only: rows are inserted in the transaction of the change they record and never updated or deleted.
create table audit_events (
    id            uuid         not null primary key,
    occurred_at   timestamp(6) with time zone not null,
    actor_id      uuid,
    actor_name    varchar(200) not null,
    actor_kind    varchar(20)  not null,
    trust_id      uuid,
    resource_type varchar(40)  not null,
    resource_id   uuid         not null,
    kind          varchar(20)  not null,
    changed_fields varchar(2000) not null,
    resource_version bigint,
    constraint ck_audit_events_kind check (kind in ('CREATED', 'UPDATED', 'DELETED', 'TRANSITIONED'))
);
create index ix_audit_events_occurred on audit_events (occurred_at, id);
create index ix_audit_events_trust on audit_events (trust_id, occurred_at, id);
create index ix_audit_events_resource on audit_events (resource_id, occurred_at, id);
