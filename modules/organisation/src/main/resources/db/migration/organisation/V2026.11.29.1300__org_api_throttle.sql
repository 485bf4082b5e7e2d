-- Failed API sign-ins per client address (issue 17): kept in the database, so that every node of a cluster counts
-- the same failures and a guesser cannot spread its tries over the nodes. One row per address and window.
create table org_api_throttle (
    address       varchar(64)              primary key,
    window_start  timestamp with time zone not null,
    failures      integer                  not null
);
create index org_api_throttle_window_ix on org_api_throttle (window_start);
