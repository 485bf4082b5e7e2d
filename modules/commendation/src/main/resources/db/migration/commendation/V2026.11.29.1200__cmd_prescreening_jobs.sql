-- Pre-screenings run in the background (issue 16): the job, its progress and its result live in the database, so
-- that any node of a cluster answers the page's polling and serves the workbook. A job is work in progress, not a
-- record of the commendation history: it is removed after thidua.prescreening.keep-hours.
create table cmd_prescreening_job (
    id              varchar(36)    primary key,
    owner           varchar(128)   not null,
    unit_code       varchar(64)    not null,
    unit_name       varchar(500)   not null,
    screening_year  integer        not null,
    state           varchar(16)    not null,
    done_steps      integer        not null,
    total_steps     integer        not null,
    people          integer,
    units           integer,
    rule_set        varchar(64),
    counts          ${text},
    preview         ${text},
    failure         varchar(1000),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    version         bigint         not null
);
create index cmd_prescreening_job_owner_ix on cmd_prescreening_job (owner, created_at);
create index cmd_prescreening_job_created_ix on cmd_prescreening_job (created_at);

create table cmd_prescreening_workbook (
    job_id  varchar(36) primary key references cmd_prescreening_job (id) on delete cascade,
    content ${binary}   not null
);
