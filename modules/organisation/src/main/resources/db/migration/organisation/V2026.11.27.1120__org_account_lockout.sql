-- Interactive sign-in lockout: consecutive failures, and until when the account is locked.
alter table org_account add column failed_attempts integer not null default 0;
alter table org_account add column locked_until timestamp with time zone;
