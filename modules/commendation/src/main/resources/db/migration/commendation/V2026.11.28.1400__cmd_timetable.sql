-- The annual timetable of the provincial office: by when units submit their batches of a year, and how many
-- working days each later step may take once the batch reaches it (RULES.md §6; the durations are the
-- province's choice, not the law's).
create table cmd_timetable (
    achievement_year integer      not null primary key,
    submit_by        date         not null,
    receive_days     integer      not null,
    appraise_days    integer      not null,
    council_days     integer      not null,
    sign_days        integer      not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(128) not null,
    version          bigint       not null default 0
);
insert into cmd_timetable (achievement_year, submit_by, receive_days, appraise_days, council_days, sign_days,
                           updated_at, updated_by) values
 (2025, '2026-01-15', 3, 10, 10, 5, current_timestamp, 'system'),
 (2026, '2027-01-15', 3, 10, 10, 5, current_timestamp, 'system');
