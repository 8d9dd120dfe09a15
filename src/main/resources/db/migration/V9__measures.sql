-- Measures and their observations: how a Trust knows that a change is an improvement. A measure belongs to one
-- Trust, and optionally to one of its goals or to a challenge; each observation is one period's value.

create table measures (
    id                     uuid           not null primary key,
    trust_id               uuid           not null references trusts (id),
    goal_id                uuid           references goals (id),
    challenge_number       integer        references challenges (number),
    template_code          varchar(50),
    name                   varchar(200)   not null,
    type                   varchar(20)    not null,
    definition             varchar(4000)  not null,
    unit                   varchar(50)    not null,
    improvement_direction  varchar(20)    not null,
    target                 numeric(21, 6),
    frequency              varchar(20)    not null,
    ratio_multiplier       numeric(21, 6),
    ratio_numerator_label  varchar(200),
    ratio_denominator_label varchar(200),
    spc_shift_length       integer        not null,
    spc_trend_length       integer        not null,
    spc_screen_outliers    boolean        not null,
    spc_fix_after_points   integer,
    run_shift_length       integer        not null,
    run_trend_length       integer        not null,
    -- What the roll-ups show, kept up to date with every change of the measure or its observations.
    summary_points         integer        not null,
    summary_latest_period  varchar(8),
    summary_latest_value   numeric(21, 6),
    summary_variation_icon varchar(20),
    summary_assurance_icon varchar(20),
    summary_trial_limits   boolean,
    version                bigint         not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    constraint ck_measures_type check (type in ('OUTCOME', 'PROCESS', 'BALANCING')),
    constraint ck_measures_direction check (improvement_direction in ('INCREASE', 'DECREASE', 'NEUTRAL')),
    constraint ck_measures_frequency check (frequency in ('WEEKLY', 'MONTHLY', 'QUARTERLY'))
);
create index ix_measures_trust_created on measures (trust_id, created_at, id);
create index ix_measures_goal on measures (goal_id);

create table measure_observations (
    id           uuid           not null primary key,
    trust_id     uuid           not null references trusts (id),
    measure_id   uuid           not null references measures (id),
    period       varchar(8)     not null,
    period_start date           not null,
    obs_value    numeric(21, 6) not null,
    numerator    numeric(21, 6),
    denominator  numeric(21, 6),
    annotation   varchar(500),
    rebase       boolean        not null,
    recorded_by  varchar(200)   not null,
    version      bigint         not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    constraint uq_measure_observations_period unique (measure_id, period)
);
create index ix_measure_observations_order on measure_observations (measure_id, period_start);
