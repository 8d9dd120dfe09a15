-- Issue 26: limits recalculated when the process changed (docs/decisions/0036). A rebase of a measure's series at a
-- period, with the reason it was made and, when a PDSA cycle's adopted change is why, the cycle. The first point at or
-- after the period starts a new set of limits, as an observation's own rebase flag does (kept, unchanged). One per
-- period; period_start orders them and places them among the observations.
create table measure_rebases (
    id           uuid          not null primary key,
    trust_id     uuid          not null references trusts (id),
    measure_id   uuid          not null references measures (id),
    period       varchar(8)    not null,
    period_start date          not null,
    cycle_id     uuid          references pdsa_cycles (id),
    reason       varchar(500)  not null,
    created_by   varchar(200)  not null,
    version      bigint        not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    constraint uq_measure_rebases_period unique (measure_id, period)
);
create index ix_measure_rebases_order on measure_rebases (measure_id, period_start);
create index ix_measure_rebases_cycle on measure_rebases (cycle_id);
