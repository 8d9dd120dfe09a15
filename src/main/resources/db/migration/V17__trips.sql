-- A team's TRIP (Team Recovery Implementation Plan, issue 23): an assessment may belong to a unit of its Trust. The
-- Trust's own profile is its assessments without a unit; a unit's agreed baseline is unique per unit, through the
-- same agreed_baseline_of column (it holds the unit's id instead of the Trust's).
alter table assessments add column unit_id uuid references units (id);
create index ix_assessments_unit on assessments (unit_id);
