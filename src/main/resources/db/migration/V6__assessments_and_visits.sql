-- Consultants' site visits, self/consultant/joint assessments against the 10 challenges, and actions agreed at visits.

create table visits (
    id                   uuid           not null primary key,
    trust_id             uuid           not null references trusts (id),
    visited_on           date           not null,
    type                 varchar(20)    not null,
    status               varchar(20)    not null,
    consultant_id        uuid           not null references users (id),
    challenges_discussed varchar(40)    not null,
    summary              varchar(20000),
    version              bigint         not null,
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null,
    constraint ck_visits_type check (type in ('INITIAL', 'BASELINE', 'SUPPORT', 'REVIEW', 'LEARNING_SET')),
    constraint ck_visits_status check (status in ('PLANNED', 'COMPLETED', 'CANCELLED'))
);
create index ix_visits_trust_created on visits (trust_id, created_at, id);
create index ix_visits_consultant_created on visits (consultant_id, created_at, id);

create table visit_attendees (
    visit_id uuid         not null references visits (id) on delete cascade,
    position integer      not null,
    name     varchar(200) not null,
    role     varchar(200),
    primary key (visit_id, position)
);

alter table actions add column visit_id uuid references visits (id);
create index ix_actions_visit on actions (visit_id);

create table assessments (
    id          uuid        not null primary key,
    trust_id    uuid        not null references trusts (id),
    assessed_on date        not null,
    kind        varchar(20) not null,
    context     varchar(20) not null,
    visit_id    uuid        references visits (id),
    status      varchar(20) not null,
    -- Set to trust_id only on an AGREED BASELINE, so the unique constraint allows one per Trust on both databases.
    agreed_baseline_of uuid,
    version     bigint      not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    constraint uq_assessments_agreed_baseline unique (agreed_baseline_of),
    constraint ck_assessments_kind check (kind in ('SELF', 'CONSULTANT', 'JOINT')),
    constraint ck_assessments_context check (context in ('BASELINE', 'REVIEW')),
    constraint ck_assessments_status check (status in ('DRAFT', 'AGREED'))
);
create index ix_assessments_trust_created on assessments (trust_id, created_at, id);
create index ix_assessments_trust_status on assessments (trust_id, status, assessed_on);

create table assessment_ratings (
    assessment_id    uuid          not null references assessments (id) on delete cascade,
    challenge_number integer       not null references challenges (number),
    stage            varchar(20)   not null,
    evidence         varchar(4000),
    priority         integer,
    primary key (assessment_id, challenge_number),
    constraint ck_assessment_ratings_stage check (stage in ('NOT_STARTED', 'ENGAGEMENT', 'DEVELOPMENT', 'TRANSFORMATION')),
    constraint ck_assessment_ratings_priority check (priority is null or priority between 1 and 3)
);
