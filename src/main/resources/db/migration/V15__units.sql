-- Units below a Trust (issue 23): sites, services, wards and teams, in a tree of at most 4 levels. A unit's name is
-- unique among the Trust's open units: open_name holds the lower-cased name while the unit is open and null once it
-- is closed, so the unique constraint (which lets nulls repeat, on H2 and PostgreSQL) is the rule, whatever races.
create table units (
    id            uuid         not null primary key,
    trust_id      uuid         not null references trusts (id),
    parent_id     uuid         references units (id),
    name          varchar(200) not null,
    open_name     varchar(200),
    kind          varchar(20)  not null,
    ods_site_code varchar(5),
    beds          integer,
    opened_on     date         not null,
    closed_on     date,
    version       bigint       not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    constraint uq_units_open_name unique (trust_id, open_name)
);
create index ix_units_trust_created on units (trust_id, created_at, id);
create index ix_units_parent on units (parent_id);
