-- Unit leads (docs/decisions/0029): a UNIT_LEAD user belongs to one Trust (user_trusts) and to one or more of its
-- units, below which it may write. The foreign key keeps a unit with unit leads from being deleted (the service says
-- so first, with 409, as for a unit with records); the index serves that count.

create table user_units (
    user_id uuid not null references users (id) on delete cascade,
    unit_id uuid not null references units (id),
    primary key (user_id, unit_id)
);
create index ix_user_units_unit on user_units (unit_id);

-- The role itself: the check of V4 names the roles a user may have.
alter table users drop constraint ck_users_role;
alter table users add constraint ck_users_role check (role in ('ADMIN', 'CONSULTANT', 'TRUST_LEAD', 'UNIT_LEAD'));
