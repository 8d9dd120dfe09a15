-- The 10 key organisational challenges of ImROC (SCMH 2009, as worded in the ImROC programme material).
-- Reference data: codes and numbers are stable identifiers; titles may be re-worded by later migrations.
create table challenges (
    number      integer       not null primary key,
    code        varchar(50)   not null,
    title       varchar(300)  not null,
    description varchar(2000) not null,
    constraint uq_challenges_code unique (code),
    constraint ck_challenges_number check (number between 1 and 10)
);

insert into challenges (number, code, title, description) values
(1, 'interactions', 'Changing the nature of day-to-day interactions and the quality of experience',
 'Everyday contacts between staff, people using services and their families support hope, control and opportunity.'),
(2, 'co-produced-learning', 'Delivering comprehensive, ''co-produced'' learning programmes',
 'Learning programmes about recovery are designed and delivered together by people with lived experience and professionals.'),
(3, 'recovery-college', 'Establishing a Recovery College to drive the programmes forward using a co-produced, educational model',
 'A Recovery College offers co-produced, co-delivered courses to people using services, carers and staff.'),
(4, 'culture', 'Ensuring organisational commitment, creating the ''culture''',
 'Leaders at every level commit to recovery, and the organisation''s values, policies and practice reflect it.'),
(5, 'personalisation', 'Increasing ''personalisation'' and choice',
 'Support is shaped around each person''s own goals, with real choice over care, treatment and resources.'),
(6, 'workforce', 'Transforming the workforce – peers in a variety of positions',
 'People with lived experience are employed as peer workers in a range of roles throughout the organisation.'),
(7, 'risk', 'Changing the way we approach risk assessment and management',
 'Risk is assessed and managed with the person, through shared safety planning and positive risk-taking.'),
(8, 'partnerships', 'Redefining user ''involvement'' to create genuine ''partnerships''',
 'People who use services and their families are equal partners in planning, delivering and governing services.'),
(9, 'staff-recovery', 'Supporting staff in their recovery journey',
 'The organisation supports the wellbeing of its staff, including staff with their own experience of mental health problems.'),
(10, 'beyond-illness', 'Increasing opportunities for building ''a life beyond illness''',
 'People are supported to take part in work, education, housing and community life beyond mental health services.');
