-- A measure's series change number: moved on (by ObservationService) with every observation recorded, corrected or
-- deleted, in the same transaction, without touching the measure's own version (its ETag). A measure's figures and
-- drawings depend only on its row (version), this number and its goal's milestones, so a Trust's summary and report
-- redraw only the measures that changed (docs/decisions/0023).
alter table measures add column series_seq bigint default 0 not null;
