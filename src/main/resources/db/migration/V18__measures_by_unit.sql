-- Issue 23: measures recorded by unit (docs/decisions/0028). A measure is recorded by the Trust (as before) or by
-- its units; a UNIT measure's observations carry the unit, one per (period, unit), and the Trust's series is derived
-- from them by the measure's aggregation (SUM, RATIO_OF_SUMS or NONE), never typed twice.
alter table measures add column recorded_by varchar(10) default 'TRUST' not null;
alter table measures add column aggregation varchar(20);
alter table measures add column spc_include_incomplete boolean default false not null;
alter table measures add constraint ck_measures_recorded_by check (recorded_by in ('TRUST', 'UNIT'));
alter table measures add constraint ck_measures_aggregation
    check (aggregation is null or aggregation in ('SUM', 'RATIO_OF_SUMS', 'NONE'));

-- series_key names the series a row belongs to: the unit's id, or the measure's own id for a Trust's figure. It is
-- never null, so the unique constraint holds for both kinds (a unique constraint lets nulls repeat), whatever races.
alter table measure_observations add column unit_id uuid references units (id);
alter table measure_observations add column series_key uuid;
update measure_observations set series_key = measure_id;
alter table measure_observations alter column series_key set not null;
alter table measure_observations drop constraint uq_measure_observations_period;
alter table measure_observations add constraint uq_measure_observations_series_period
    unique (measure_id, series_key, period);
create index ix_measure_observations_unit on measure_observations (unit_id);
