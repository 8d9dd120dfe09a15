-- Issue 26: a ratio measure may choose its chart (XMR, the default, or the attribute charts U, P, U_PRIME, P_PRIME),
-- and an observation may be left out of its chart's centre line and limits on purpose, with a reason.

alter table measures add column spc_chart varchar(10) default 'XMR' not null;

alter table measure_observations add column excluded boolean default false not null;
alter table measure_observations add column exclusion_reason varchar(500);
