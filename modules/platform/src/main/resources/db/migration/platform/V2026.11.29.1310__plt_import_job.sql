-- Workbook imports in progress (issue 17): the rows read from the file and the checking's progress live in the
-- database, so that any node of a cluster answers the page's polling and a node's death loses no import. A job is
-- work in progress, not a record: it is removed two hours after it started. The written records are audited.
create table plt_import_job (
    id          varchar(36)              primary key,
    kind        varchar(64)              not null,
    owner       varchar(128)             not null,
    created_at  timestamp with time zone not null,
    total_rows  integer                  not null,
    state       varchar(16)              not null,
    progress    ${binary}                not null,
    version     bigint                   not null
);
create index plt_import_job_owner_ix on plt_import_job (owner, kind, created_at);
create index plt_import_job_created_ix on plt_import_job (created_at);

create table plt_import_job_rows (
    job_id   varchar(36) primary key references plt_import_job (id) on delete cascade,
    content  ${binary}   not null
);
