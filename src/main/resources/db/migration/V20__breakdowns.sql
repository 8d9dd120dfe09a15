-- Issue 24: breakdowns (docs/decisions/0032). A measure declares the breakdowns its figures are split by
-- (ETHNIC_CATEGORY, ETHNIC_GROUP, SEX, AGE_BAND: a comma-separated list, null for none); an observation keeps its parts
-- with it, as one JSON document ({"ETHNIC_GROUP":[{"code":"BLACK","numerator":6,"denominator":410},…]}), so a figure
-- and its parts are written, versioned, audited and read together, in one row and one statement.
alter table measures add column breakdowns varchar(100);
alter table measure_observations add column parts varchar(16000);
