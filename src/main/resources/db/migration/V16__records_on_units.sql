-- Issue 23: goals, PDSA cycles, actions and visits may belong to a unit of their Trust (docs/decisions/0027).
-- Nullable: a record without a unit is the Trust's as a whole. The foreign keys keep a unit with records from being
-- deleted (the service says so first, naming what belongs to it); the indexes serve the unitId list filters.

alter table goals add column unit_id uuid references units (id);
alter table pdsa_cycles add column unit_id uuid references units (id);
alter table actions add column unit_id uuid references units (id);
alter table visits add column unit_id uuid references units (id);

create index ix_goals_trust_unit on goals (trust_id, unit_id);
create index ix_pdsa_cycles_trust_unit on pdsa_cycles (trust_id, unit_id);
create index ix_actions_trust_unit on actions (trust_id, unit_id);
create index ix_visits_trust_unit on visits (trust_id, unit_id);
create index ix_goals_unit on goals (unit_id);
create index ix_pdsa_cycles_unit on pdsa_cycles (unit_id);
create index ix_actions_unit on actions (unit_id);
create index ix_visits_unit on visits (unit_id);
