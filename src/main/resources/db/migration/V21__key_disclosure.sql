-- Issue 24: an integration key created with "disclosure":"PUBLIC" (a commissioner's published dashboard) sees every
-- figure of people through small-number suppression, even of the Trusts in its scope (docs/decisions/0031). Keys made
-- before this read raw figures, as they always have.
alter table api_keys add column disclosure varchar(10) default 'RAW' not null;
alter table api_keys add constraint ck_api_keys_disclosure check (disclosure in ('RAW', 'PUBLIC'));
