-- A unit whose nominee the rules refuse may ask the office for leave to submit it anyway, with its reasons: the
-- specialists are told, and one of them overrides (with their own reason) or not. The request stays on the nominee.
alter table cmd_nominee add column permission_request varchar(2000);
alter table cmd_nominee add column permission_requested_by varchar(128);
alter table cmd_nominee add column permission_requested_at timestamp with time zone;
